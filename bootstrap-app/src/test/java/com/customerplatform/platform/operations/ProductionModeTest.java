package com.customerplatform.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service as deployed, with Redis configured: the real Redis health check replaces the
 * in-process stand-in.
 */
@ActiveProfiles({"test-services", "test", "prod"})
@TestPropertySource(properties = {
        "spring.data.redis.url=redis://127.0.0.1:6379/0",
        "management.endpoint.health.show-details=always"})
class ProductionModeTest extends PlatformIntegrationTest {

    @Test
    void redisHealthIsTheRealCheck() throws Exception {
        JsonNode redis = body(get("/health")).get("components").get("redis");

        assertThat(redis.get("status").asString()).isEqualTo("UP");
        assertThat(redis.get("details").has("version")).isTrue();
        assertThat(redis.get("details").has("mode")).isFalse();
    }
}
