package com.customerplatform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Redis goes away (docs/reliability.md): revocation and sign-in throttling fail closed, as a
 * retryable 503 within about a second, never a 500 or a hang; what needs no Redis keeps working;
 * once Redis is back, so is everything, and a session revoked before the outage stays revoked. The
 * service reaches the local Redis through a proxy the test cuts and restores.
 */
// A placeholder URL switches the service to Redis mode at start-up; the proxy's port replaces it.
@TestPropertySource(properties = "spring.data.redis.url=redis://127.0.0.1:1/3")
// Closed after the class while its proxy still forwards, so that it shuts down cleanly and no
// cached context keeps reconnecting to a proxy that is gone.
@DirtiesContext
class RedisOutageTest extends PlatformIntegrationTest {

    static final ToggleableTcpProxy PROXY = ToggleableTcpProxy.toRedis();

    @DynamicPropertySource
    static void redisThroughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        PROXY.restore();
        registry.add("spring.data.redis.url", () -> PROXY.redisUrl(3));
    }

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void redisIsBack() throws Exception {
        PROXY.restore();
    }

    @Test
    void authenticatedRequestsAndSignInAnswer503WhileRedisIsAwayAndRecoverAfter() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestUser viewer = accounts.user(accounts.company("active"), "viewer");
        String token = login(viewer.username(), TestAccounts.PASSWORD);
        assertThat(get("/api/v1/auth/me", token).statusCode()).isEqualTo(200);

        PROXY.cut();

        // Until the service sees its connections drop it may answer from what it remembers of the
        // session: at most platform.identity.revocation-max-delay (1 s, ADR 0007).
        await().atMost(Duration.ofSeconds(4))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> get("/api/v1/auth/me", token).statusCode() != 200);
        long started = System.nanoTime();
        HttpResponse<String> refused = get("/api/v1/auth/me", token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertError(refused, 503, "SERVICE_UNAVAILABLE");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(took)
                .as("fails within the Redis timeout, not Lettuce's default minute")
                .isLessThan(Duration.ofSeconds(5));
        assertError(
                post(
                        "/api/v1/auth/login",
                        "application/json",
                        json.writeValueAsString(
                                Map.of("username", viewer.username(), "password", TestAccounts.PASSWORD))),
                503,
                "SERVICE_UNAVAILABLE");
        assertThat(get("/.well-known/jwks.json").statusCode())
                .as("needs no Redis")
                .isEqualTo(200);
        assertThat(get("/health/liveness").statusCode()).isEqualTo(200);

        PROXY.restore();

        await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/v1/auth/me", token).statusCode() == 200);
        assertThat(login(viewer.username(), TestAccounts.PASSWORD)).isNotBlank();
    }

    @Test
    void aSessionRevokedBeforeTheOutageStaysRevokedAfterIt() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestUser admin = accounts.user(accounts.company("active"), "admin");
        String token = login(admin.username(), TestAccounts.PASSWORD);
        assertThat(send(request("/api/v1/auth/logout", token).POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(204);

        PROXY.cut();
        assertError(get("/api/v1/auth/me", token), 503, "SERVICE_UNAVAILABLE");
        PROXY.restore();

        await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/v1/auth/me", token).statusCode() != 503);
        assertError(get("/api/v1/auth/me", token), 401, "INVALID_TOKEN");
    }
}
