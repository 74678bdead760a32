package com.customerplatform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Redis is away while the service starts (docs/reliability.md): it starts anyway, refuses what needs
 * Redis as during any outage (503), and works fully once Redis answers, without a restart.
 */
// A placeholder URL switches the service to Redis mode at start-up; the proxy's port replaces it.
@TestPropertySource(properties = "spring.data.redis.url=redis://127.0.0.1:1/3")
@DirtiesContext
class RedisAwayAtStartTest extends PlatformIntegrationTest {

    static final ToggleableTcpProxy PROXY = ToggleableTcpProxy.toRedis();

    @DynamicPropertySource
    static void redisThroughTheCutProxy(DynamicPropertyRegistry registry) throws Exception {
        PROXY.cut();
        registry.add("spring.data.redis.url", () -> PROXY.redisUrl(3));
    }

    @AfterAll
    static void redisIsBack() throws Exception {
        PROXY.restore();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theServiceStartsWithoutRedisAndRecoversWhenItAnswers() throws Exception {
        TestUser viewer = new TestAccounts(jdbc).user(new TestAccounts(jdbc).company("active"), "viewer");
        String credentials =
                json.writeValueAsString(Map.of("username", viewer.username(), "password", TestAccounts.PASSWORD));

        assertThat(get("/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/.well-known/jwks.json").statusCode()).isEqualTo(200);
        assertError(post("/api/v1/auth/login", "application/json", credentials), 503, "SERVICE_UNAVAILABLE");

        PROXY.restore();

        await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> post("/api/v1/auth/login", "application/json", credentials)
                                .statusCode()
                        == 200);
        String token = login(viewer.username(), TestAccounts.PASSWORD);
        assertThat(get("/api/v1/auth/me", token).statusCode()).isEqualTo(200);
    }
}
