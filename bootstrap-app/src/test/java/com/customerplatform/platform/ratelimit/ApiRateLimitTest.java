package com.customerplatform.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * API-wide limits per caller, counted in Redis (a database index of its own), under concurrent
 * requests: exactly the allowance passes, the rest gets 429 with the headers a client needs.
 */
@TestPropertySource(
        properties = {
            "spring.data.redis.url=redis://127.0.0.1:6379/5",
            "platform.rate-limit.groups.api.limit=20/minute",
            "platform.rate-limit.groups.sign-in.limit=3/minute"
        })
// Both tests sign in from 127.0.0.1, which the sign-in group counts: the one that exhausts it runs last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiRateLimitTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void concurrentRequestsOfOneCallerGetExactlyTheAllowanceAndThenA429() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestAccounts.TestCompany company = accounts.company("active");
        String token = signIn(accounts.user(company, "viewer"));
        String other = signIn(accounts.user(company, "viewer"));

        List<HttpResponse<String>> responses = concurrently(30, () -> get("/api/v1/auth/me", token));

        List<HttpResponse<String>> passed = responses.stream()
                .filter(response -> response.statusCode() == 200)
                .toList();
        List<HttpResponse<String>> refused = responses.stream()
                .filter(response -> response.statusCode() == 429)
                .toList();
        assertThat(passed).hasSize(20);
        assertThat(refused).hasSize(10);
        assertThat(passed).allSatisfy(response -> {
            assertThat(response.headers().firstValue("RateLimit-Limit")).hasValue("20");
            assertThat(response.headers().firstValue("RateLimit-Remaining")).isPresent();
        });
        assertThat(passed.stream()
                        .map(response -> response.headers()
                                .firstValue("RateLimit-Remaining")
                                .orElseThrow())
                        .map(Integer::parseInt)
                        .sorted()
                        .toList())
                .as("each passed request used one permit")
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, 20).boxed().toList());
        HttpResponse<String> tooMany = refused.getFirst();
        assertError(tooMany, 429, "RATE_LIMITED");
        assertThat(tooMany.headers().firstValue("Retry-After").map(Integer::parseInt))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1, 60));
        assertThat(tooMany.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(get("/api/v1/auth/me", other).statusCode())
                .as("another caller")
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void anonymousSignInIsCountedPerClientAddress() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestAccounts.TestCompany company = accounts.company("active");
        // The first test signed in twice from this address; whatever is left is used up here.
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = signInResponse(accounts.user(company, "viewer"));
        }

        assertError(last, 429, "RATE_LIMITED");
        assertThat(last.headers().firstValue("RateLimit-Limit")).hasValue("3");
    }

    private String signIn(TestUser user) throws Exception {
        return login(user.username(), TestAccounts.PASSWORD);
    }

    private HttpResponse<String> signInResponse(TestUser user) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", user.username(), "password", TestAccounts.PASSWORD)));
    }

    private static List<HttpResponse<String>> concurrently(int requests, Callable<HttpResponse<String>> request)
            throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(executor.submit(request));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
