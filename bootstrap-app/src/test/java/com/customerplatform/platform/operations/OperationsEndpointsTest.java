package com.customerplatform.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What operators and API consumers use besides the business endpoints. */
class OperationsEndpointsTest extends PlatformIntegrationTest {

    @Test
    void healthShowsTheDatabaseBrokerAndRedisComponents() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = body(response);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").propertyNames()).contains("db", "rabbit", "redis");
    }

    @Test
    void livenessAndReadinessProbesAnswer() throws Exception {
        assertThat(body(get("/health/liveness")).get("status").asString()).isEqualTo("UP");
        HttpResponse<String> readiness = get("/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(body(readiness).get("components").propertyNames())
                .contains("db", "readinessState")
                .doesNotContain("rabbit");
    }

    @Test
    void metricsArePrometheusTextWithHttpTimingsAndTheOutbox() throws Exception {
        get("/api/v1/document-types");

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("http_server_requests_seconds_count", "platform_events_pending");
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndSwaggerUiIsServed() throws Exception {
        HttpResponse<String> apiDocs = get("/v3/api-docs");

        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(body(apiDocs).get("paths").propertyNames()).contains("/api/v1/document-types");
        HttpResponse<String> docs = get("/docs");
        assertThat(docs.statusCode()).isIn(200, 302);
    }
}
