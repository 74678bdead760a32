package com.customerplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Every failure is an RFC 9457 problem with error_code and timestamp, and leaks nothing internal. */
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesTest extends PlatformIntegrationTest {

    @Test
    void validBodyPasses() throws Exception {
        HttpResponse<String> response =
                post("/test/probe", "application/json", "{\"display_name\":\"Ana\",\"quantity\":2}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("display_name").asString()).isEqualTo("Ana");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpResponse<String> response = post("/test/probe", "application/json", "{\"display_name\": ");

        assertProblem(response, 400, "MALFORMED_REQUEST");
    }

    @Test
    void missingBodyIs400() throws Exception {
        HttpResponse<String> response = post("/test/probe", "application/json", "");

        assertProblem(response, 400, "MALFORMED_REQUEST");
    }

    @Test
    void unknownFieldIs422NamingTheField() throws Exception {
        HttpResponse<String> response = post(
                "/test/probe", "application/json", "{\"display_name\":\"Ana\",\"quantity\":2,\"is_superuser\":true}");

        JsonNode problem = assertProblem(response, 422, "UNKNOWN_FIELD");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("is_superuser");
    }

    @Test
    void wrongTypeIs422NamingTheField() throws Exception {
        HttpResponse<String> response =
                post("/test/probe", "application/json", "{\"display_name\":\"Ana\",\"quantity\":\"many\"}");

        JsonNode problem = assertProblem(response, 422, "VALIDATION_FAILED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("quantity");
    }

    @Test
    void constraintViolationsAre422WithEveryFieldInSnakeCase() throws Exception {
        HttpResponse<String> response =
                post("/test/probe", "application/json", "{\"display_name\":\"\",\"quantity\":0}");

        JsonNode problem = assertProblem(response, 422, "VALIDATION_FAILED");
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("display_name", "quantity");
    }

    @Test
    void unknownRouteIs404() throws Exception {
        assertProblem(send(request("/api/v1/nothing-here", adminToken()).GET()), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIs405WithAllowHeader() throws Exception {
        HttpResponse<String> response = send(request("/test/probe").DELETE());

        assertProblem(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void wrongMediaTypeIs415() throws Exception {
        assertProblem(post("/test/probe", "text/plain", "display_name=Ana"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void badQueryParameterIs400WithoutJavaTypeNames() throws Exception {
        JsonNode problem = assertProblem(
                send(request("/api/v1/document-types?include_inactive=maybe", adminToken())
                        .GET()),
                400,
                "BAD_REQUEST");
        assertThat(problem.get("detail").asString()).doesNotContain("java.lang");
    }

    @Test
    void unexpectedErrorIs500WithAGenericBodyAndTheDetailsOnlyInTheLog(CapturedOutput output) throws Exception {
        String requestId = "log-check-" + UUID.randomUUID();
        HttpResponse<String> response = send(request("/test/probe")
                .header("Content-Type", "application/json")
                .header("X-Request-ID", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"display_name\":\"explode\",\"quantity\":1}")));

        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("SELECT", "secret", "IllegalStateException", "at com.");
        // Logback keeps the format of the first context in this JVM: readable ("[id]") or JSON ("trace_id":"id").
        assertThat(output.getOut().lines().filter(line -> line.contains("Unexpected error")))
                .anySatisfy(line ->
                        assertThat(line).containsAnyOf("[" + requestId + "]", "\"trace_id\":\"" + requestId + "\""));
    }

    @Test
    void aUniqueKeyLostToAConcurrentRequestIs409ToRetry() throws Exception {
        JsonNode problem = assertProblem(
                send(request("/test/duplicate-key").POST(HttpRequest.BodyPublishers.noBody())),
                409,
                "CONCURRENT_MODIFICATION");
        assertThat(problem.get("detail").asString()).doesNotContain("probe_unique", "duplicate key");
    }

    @Test
    void errorsDispatchedByTheContainerAreProblemsToo() throws Exception {
        HttpResponse<String> response = get("/test/send-error/409");

        assertProblem(response, 409, "CONFLICT");
        assertProblem(get("/test/send-error/503"), 503, "SERVICE_UNAVAILABLE");
        assertProblem(get("/test/send-error/401"), 401, "UNAUTHORIZED");
    }

    @Test
    void echoesTheCallersRequestId() throws Exception {
        HttpResponse<String> response = send(request("/health").header("X-Request-ID", "req-42.a"));

        assertThat(response.headers().firstValue("X-Request-ID")).hasValue("req-42.a");
    }

    @Test
    void takesTheTraceIdOfAW3cTraceparent() throws Exception {
        HttpResponse<String> response = send(
                request("/health").header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        assertThat(response.headers().firstValue("X-Request-ID")).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void replacesAnUnsafeRequestIdWithAFreshOne() throws Exception {
        HttpResponse<String> response = send(request("/health").header("X-Request-ID", "<script>"));

        assertThat(response.headers().firstValue("X-Request-ID"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String errorCode) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("error_code").asString()).isEqualTo(errorCode);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("timestamp").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return problem;
    }
}
