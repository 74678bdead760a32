package com.customerplatform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away under load (docs/reliability.md): requests fail fast with a 503 problem
 * body (no thread waits longer than the pool's connection timeout, no 500 with internals), nothing
 * is half-written, and the pool recovers by itself within seconds of the database returning. The
 * service reaches the local database through a proxy the test cuts and restores; the test checks
 * the data over its own, direct connection.
 */
// Closed after the class while its proxy still forwards, so that it shuts down cleanly and no
// cached context keeps reconnecting to a proxy that is gone.
@DirtiesContext
class DatabaseOutageTest extends PlatformIntegrationTest {

    static final URI DATABASE = URI.create(System.getenv()
            .getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/customer_platform_test")
            .substring("jdbc:".length()));
    static final ToggleableTcpProxy PROXY = ToggleableTcpProxy.to(DATABASE.getHost(), DATABASE.getPort());
    static final int CONCURRENT_CLIENTS = 16;

    @DynamicPropertySource
    static void databaseThroughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        PROXY.restore();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + DATABASE.getPath());
    }

    /** Beside the service's pool, so that the test sees the database while the service cannot. */
    final JdbcTemplate direct = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:postgresql://" + DATABASE.getHost() + ":" + DATABASE.getPort() + DATABASE.getPath(),
            "customer_platform",
            "customer_platform"));

    @AfterEach
    void databaseIsBack() throws Exception {
        PROXY.restore();
    }

    @Test
    void requestsFailFastWith503WhileTheDatabaseIsAwayAndThePoolRecoversByItself() throws Exception {
        TestAccounts accounts = new TestAccounts(direct);
        TestCompany company = accounts.company("active");
        String token = login(accounts.user(company, "admin").username(), TestAccounts.PASSWORD);
        create(token, "before");

        PROXY.cut();

        List<HttpResponse<String>> during = concurrently(CONCURRENT_CLIENTS, i -> {
            long started = System.nanoTime();
            HttpResponse<String> response = i % 2 == 0 ? create(token, "during-" + i) : get("/v1/customers", token);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("bounded by the pool's connection timeout (3 s)")
                    .isLessThan(Duration.ofSeconds(8));
            return response;
        });
        for (HttpResponse<String> response : during) {
            assertError(response, 503, "SERVICE_UNAVAILABLE");
            assertThat(response.body()).doesNotContain("org.", "SQL", "Exception", "jdbc");
        }

        assertThat(get("/health/readiness").statusCode()).as("out of rotation").isEqualTo(503);

        PROXY.restore();
        long restored = System.nanoTime();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> get("/v1/customers", token).statusCode() == 200);
        System.out.printf(
                "[drill] database back: service answering again after %d ms%n",
                Duration.ofNanos(System.nanoTime() - restored).toMillis());
        create(token, "after");

        assertThat(direct.queryForList(
                        "SELECT full_name FROM customer.customers WHERE business_id = ? ORDER BY full_name",
                        String.class,
                        company.uuid()))
                .as("exactly the profiles whose creation was answered 201: nothing half-written")
                .containsExactly("Drill after", "Drill before");
    }

    private HttpResponse<String> create(String token, String name) throws Exception {
        HttpResponse<String> response = postJson("/v1/customers", token, Map.of("full_name", "Drill " + name));
        if (name.equals("before") || name.equals("after")) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
        return response;
    }

    interface Client {
        HttpResponse<String> call(int index) throws Exception;
    }

    private static List<HttpResponse<String>> concurrently(int clients, Client client) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int index = i;
                Callable<HttpResponse<String>> call = () -> client.call(index);
                futures.add(executor.submit(call));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
