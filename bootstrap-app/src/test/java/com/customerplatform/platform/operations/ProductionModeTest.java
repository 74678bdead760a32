package com.customerplatform.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service as deployed, with Redis configured: the real Redis health check replaces the
 * in-process stand-in.
 */
@ActiveProfiles({"test-services", "test", "prod"})
@TestPropertySource(
        properties = {"spring.data.redis.url=redis://127.0.0.1:6379/0", "management.endpoint.health.show-details=always"
        })
class ProductionModeTest extends PlatformIntegrationTest {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLogoutIsRecordedInRedisSoEveryInstanceRefusesTheToken() throws Exception {
        String token = adminToken();
        String sessionId = json.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.", -1)[1]))
                .get("sid")
                .asString();

        send(request("/api/v1/auth/logout", token).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(redis.hasKey("identity:revoked-session:" + sessionId)).isTrue();
        assertThat(redis.getExpire("identity:revoked-session:" + sessionId)).isBetween(1L, 15 * 60 + 30L);
        assertThat(send(request("/api/v1/auth/me", token).GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void customerPatchBucketsLiveInRedis() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        String companyAdmin =
                login(accounts.user(accounts.company("active"), "admin").username(), TestAccounts.PASSWORD);
        String id = body(postJson("/v1/customers", companyAdmin, java.util.Map.of("full_name", "Redis Bucket")))
                .get("id")
                .asString();

        HttpResponse<String> patched = send(request("/v1/customers/" + id, companyAdmin)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"gender\": \"other\"}")));

        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(redis.hasKey("customer:patch-rate:" + id)).isTrue();
    }

    @Test
    void redisHealthIsTheRealCheck() throws Exception {
        JsonNode redis = body(get("/health")).get("components").get("redis");

        assertThat(redis.get("status").asString()).isEqualTo("UP");
        assertThat(redis.get("details").has("version")).isTrue();
        assertThat(redis.get("details").has("mode")).isFalse();
    }
}
