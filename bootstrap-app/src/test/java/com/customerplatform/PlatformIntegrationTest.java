package com.customerplatform;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.platform.messaging.TestEventSink;
import com.customerplatform.sharedkernel.test.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a random port against real PostgreSQL and RabbitMQ, spoken to over HTTP
 * exactly as a client would. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test-services", "test"})
@Import({TestServices.class, TestEventSink.class})
public abstract class PlatformIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    protected JsonMapper json;

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    protected HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    protected JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** The bootstrap superuser of the test profile (application-test.yaml). */
    protected static final String ADMIN_USERNAME = "platform-admin";

    protected static final String ADMIN_PASSWORD = "bootstrap-admin-pw";

    /** Signs in and returns the access token. */
    protected String login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(java.util.Map.of("username", username, "password", password)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.body());
        }
        return body(response).get("access_token").asString();
    }

    protected String adminToken() throws IOException, InterruptedException {
        return login(ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    /** A request carrying {@code Authorization: Bearer token}. */
    protected HttpRequest.Builder request(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    protected HttpResponse<String> postJson(String path, String token, Object body)
            throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    /** A {@code multipart/form-data} POST with one file in part {@code file}. */
    protected HttpResponse<String> postFile(
            String path, String token, String fileName, String contentType, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----part" + UUID.randomUUID();
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        multipart.write(content);
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())));
    }

    protected HttpResponse<String> putJson(String path, String token, Object body)
            throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    /** Asserts a problem response with this status and error code, and returns its body. */
    protected JsonNode assertError(HttpResponse<String> response, int status, String errorCode) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = body(response);
        assertThat(problem.get("error_code").asString()).isEqualTo(errorCode);
        return problem;
    }
}
