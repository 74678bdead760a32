package com.customerplatform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.CustomerPlatformApplication;
import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.platform.messaging.ProbeQueue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances on one database, broker and Redis (docs/reliability.md): a session ended on one is
 * refused by the other, sign-in and patch limits are counted once for both, and each outbox event
 * reaches the broker at least once however the instances share the work. The test's own context
 * is the first instance; the second is started beside it with the same configuration and signing
 * key.
 */
// Redis mode is chosen from the environment at start-up, so the URL cannot be a dynamic property.
@TestPropertySource(properties = "spring.data.redis.url=" + TwoInstancesTest.REDIS_URL)
@DirtiesContext
class TwoInstancesTest extends PlatformIntegrationTest {

    static final String REDIS_URL = "redis://127.0.0.1:6379/4";
    static final Map<String, Object> SHARED_KEY = signingKey();

    static ConfigurableApplicationContext second;
    static int secondPort;

    @DynamicPropertySource
    static void sameKey(DynamicPropertyRegistry registry) {
        SHARED_KEY.forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeAll
    static void startTheSecondInstance() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.data.redis.url=" + REDIS_URL));
        // Command-line arguments, so that they win over application.yaml as the environment does in a deployment.
        SHARED_KEY.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        second = new SpringApplicationBuilder(CustomerPlatformApplication.class)
                .profiles("test-services", "test")
                .run(arguments.toArray(String[]::new));
        secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stopTheSecondInstance() {
        second.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Test
    void aSessionEndedOnOneInstanceIsRefusedByTheOther() throws Exception {
        TestUser viewer = new TestAccounts(jdbc).user(new TestAccounts(jdbc).company("active"), "viewer");
        String token = login(viewer.username(), TestAccounts.PASSWORD);
        assertThat(send(onSecond("/api/v1/auth/me", token).GET()).statusCode())
                .as("the second instance accepts the first one's token")
                .isEqualTo(200);

        assertThat(send(request("/api/v1/auth/logout", token).POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(204);

        // The second instance hears of it by Redis's push (ADR 0007), sent before the logout's own
        // write was confirmed; the wait only covers that instance's event loop being slow to read it.
        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> send(onSecond("/api/v1/auth/me", token).GET()).statusCode() != 200);
        HttpResponse<String> refused = send(onSecond("/api/v1/auth/me", token).GET());
        assertError(refused, 401, "INVALID_TOKEN");
    }

    @Test
    void signInFailuresOnBothInstancesCountTowardsOneLimit() throws Exception {
        TestUser user = new TestAccounts(jdbc).user(new TestAccounts(jdbc).company("active"), "viewer");
        String wrong = json.writeValueAsString(Map.of("username", user.username(), "password", "wrong password"));
        for (int i = 0; i < 5; i++) {
            HttpRequest.Builder attempt =
                    i % 2 == 0 ? request("/api/v1/auth/login") : onSecond("/api/v1/auth/login", null);
            HttpResponse<String> failed = send(attempt.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(wrong)));
            assertError(failed, 401, "INVALID_CREDENTIALS");
        }

        String right = json.writeValueAsString(Map.of("username", user.username(), "password", TestAccounts.PASSWORD));
        assertError(
                send(onSecond("/api/v1/auth/login", null)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(right))),
                429,
                "LOGIN_LOCKED");
    }

    @Test
    void patchesThroughBothInstancesShareOneRateLimit() throws Exception {
        TestCompany company = new TestAccounts(jdbc).company("active");
        String token = login(new TestAccounts(jdbc).user(company, "admin").username(), TestAccounts.PASSWORD);
        String id = body(postJson("/v1/customers", token, Map.of("full_name", "Shared Limit")))
                .get("id")
                .asString();
        int limit = 12; // CUSTOMER_PATCH_RATE of the test profile
        for (int i = 0; i < limit; i++) {
            HttpRequest.Builder patch =
                    i % 2 == 0 ? request("/v1/customers/" + id, token) : onSecond("/v1/customers/" + id, token);
            assertThat(send(genderPatch(patch, i)).statusCode()).isEqualTo(200);
        }

        assertError(send(genderPatch(onSecond("/v1/customers/" + id, token), limit)), 429, "RATE_LIMITED");
    }

    @Test
    void eventsOfBothInstancesArriveAtLeastOnce() throws Exception {
        TestCompany company = new TestAccounts(jdbc).company("active");
        String token = login(new TestAccounts(jdbc).user(company, "admin").username(), TestAccounts.PASSWORD);
        ProbeQueue events = CustomerCreatedEvents.listen(rabbit);
        try {
            Set<String> created = new HashSet<>();
            for (int i = 0; i < 100; i++) {
                HttpRequest.Builder create = (i % 2 == 0
                                ? request("/v1/customers", token)
                                : onSecond("/v1/customers", token))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"full_name\": \"Twin " + i + "\"}"));
                HttpResponse<String> response = send(create);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                created.add(body(response).get("id").asString());
            }

            List<String> received =
                    CustomerCreatedEvents.receive(
                                    events, json, company.uuid().toString(), created, Duration.ofSeconds(30))
                            .stream()
                            .map(message -> CustomerCreatedEvents.customerId(json, message))
                            .toList();
            System.out.printf(
                    "[drill] two instances: %d events expected, %d received, %d duplicates%n",
                    created.size(), received.size(), received.size() - new HashSet<>(received).size());
            assertThat(new HashSet<>(received)).isEqualTo(created);
        } finally {
            events.delete();
        }
    }

    /** A request to the second instance; with a bearer token unless {@code token} is null. */
    private static HttpRequest.Builder onSecond(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Alternates the gender, so that every patch is a real change. */
    private static HttpRequest.Builder genderPatch(HttpRequest.Builder request, int n) {
        return request.header("Content-Type", "application/merge-patch+json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                                "{\"gender\": \"" + (n % 2 == 0 ? "female" : "male") + "\"}"));
    }

    /** One signing key for both instances, as a deployment configures it. */
    private static Map<String, Object> signingKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(
                                    generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            return Map.of(
                    "platform.identity.jwt.signing-key", pem, "platform.identity.jwt.signing-key-id", "two-instances");
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
