package com.customerplatform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** CUSTOMER_PATCH_RATE per customer: the test profile allows 12 per minute (application-test.yaml). */
class PatchRateLimitTest extends PlatformIntegrationTest {

    static final int LIMIT = 12;

    @Autowired
    JdbcTemplate jdbc;

    String token;

    @BeforeEach
    void setUp() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestUser admin = accounts.user(accounts.company("active"), "admin");
        token = login(admin.username(), TestAccounts.PASSWORD);
    }

    @Test
    void pastTheLimitPatchesAre429WithRetryAfterWhileOtherCustomersAreUnaffected() throws Exception {
        String id = newCustomer("Rate Limited");
        for (int i = 0; i < LIMIT; i++) {
            assertThat(patch(id, i).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = patch(id, LIMIT);

        assertError(refused, 429, "RATE_LIMITED");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(patch(newCustomer("Someone Else"), 0).statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentPatchesGetExactlyThePermits() throws Exception {
        String id = newCustomer("Busy Customer");
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < LIMIT + 8; i++) {
            int n = i;
            requests.add(() -> patch(id, n).statusCode());
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses.stream().filter(status -> status == 429).count()).isEqualTo(8);
        assertThat(statuses.stream().filter(status -> status != 429))
                .hasSize(LIMIT)
                .allMatch(status -> status == 200 || status == 409);
    }

    private String newCustomer(String name) throws Exception {
        return body(postJson("/v1/customers", token, Map.of("full_name", name)))
                .get("id")
                .asString();
    }

    /** Alternates the gender, so every patch is a real change. */
    private HttpResponse<String> patch(String id, int n) throws Exception {
        return send(request("/v1/customers/" + id, token)
                .header("Content-Type", "application/merge-patch+json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                                "{\"gender\": \"" + (n % 2 == 0 ? "female" : "male") + "\"}")));
    }
}
