package com.customerplatform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.CustomerPlatformApplication;
import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.platform.messaging.ProbeQueue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stopping an instance (SIGTERM in a pod) lets the requests in flight finish and loses no event:
 * each one was either sent or is still in the outbox for any instance to send. The instance under
 * test is started beside the test's own context, so that closing it leaves the others running.
 */
class GracefulShutdownTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Test
    void requestsInFlightFinishAndNoEventIsLost() throws Exception {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(CustomerPlatformApplication.class)
                .profiles("test-services", "test")
                .run("--server.port=0");
        int port = instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        TestCompany company = new TestAccounts(jdbc).company("active");
        // The instance signs with its own development key: sign in there.
        String token = body(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of(
                                "username",
                                new TestAccounts(jdbc).user(company, "admin").username(),
                                "password",
                                TestAccounts.PASSWORD))))))
                .get("access_token")
                .asString();

        ProbeQueue events = CustomerCreatedEvents.listen(rabbit);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/customers"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"full_name\": \"Leaving " + i + "\"}")));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            created.add(body(response).get("id").asString());
        }
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/slow?millis=2000")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);

        long closing = System.nanoTime();
        instance.close();
        Duration took = Duration.ofNanos(System.nanoTime() - closing);

        HttpResponse<String> finished = inFlight.get();
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("done");
        assertThat(took).as("shutdown waited for the request").isGreaterThan(Duration.ofSeconds(1));
        Set<String> accountedFor = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !accountedFor.containsAll(created)) {
            Message message = events.next();
            if (message != null) {
                accountedFor.add(CustomerCreatedEvents.customerId(json, message));
            }
            created.stream().filter(this::stillInTheOutbox).forEach(accountedFor::add);
        }
        events.delete();
        assertThat(accountedFor)
                .as("each event was sent or is still in the outbox")
                .containsAll(created);
    }

    private boolean stillInTheOutbox(String customer) {
        return jdbc.queryForObject(
                        "SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
                        Integer.class,
                        "%" + customer + "%")
                > 0;
    }
}
