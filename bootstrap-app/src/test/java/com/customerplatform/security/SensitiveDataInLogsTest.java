package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * OWASP API3/API8: what the service logs, at its default level and at DEBUG, while it handles secrets and
 * personal data — sign-ins that succeed and fail, token refresh and replay, logout, a password
 * change, a user and a customer with email, phone and document number, refused duplicates and bad
 * input, a GDPR export and its download, a forged token, a malformed body, and an unexpected 500 —
 * contains none of the passwords, tokens, export links, emails, phone or document numbers used.
 */
@ExtendWith(OutputCaptureExtension.class)
class SensitiveDataInLogsTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Each secret of this run, with what it is, for the failure message. */
    private final Map<String, String> secrets = new LinkedHashMap<>();

    /**
     * Capabilities that travel in a URL path (export links), which DEBUG logging prints with every
     * request line — as any proxy's access log does; they expire (GDPR_EXPORT_LINK_LIFETIME).
     */
    private final Map<String, String> urlCapabilities = new LinkedHashMap<>();

    @Autowired
    LoggingSystem loggingSystem;

    @Test
    void noPasswordTokenOrPersonalDetailReachesTheLog(CapturedOutput output) throws Exception {
        handleSecretsAndPersonalData();

        assertNoneLogged(output, secrets);
        assertNoneLogged(output, urlCapabilities);
    }

    /**
     * {@code LOG_LEVEL=DEBUG}, as an operator might set it to chase a problem: the libraries that
     * would then print bodies, SQL bind values and raw requests are pinned to INFO in
     * application.yaml, and nothing else of ours or theirs prints a secret. Request paths are
     * logged at that level, export links with them.
     */
    @Test
    void notEvenAtDebugLevel(CapturedOutput output) throws Exception {
        LoggerConfiguration root = loggingSystem.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME);
        loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.DEBUG);
        try {
            handleSecretsAndPersonalData();
        } finally {
            loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, root.getConfiguredLevel());
        }

        // Plain or JSON lines: the format is whichever the last context of the test JVM configured.
        assertThat(output.getAll()).as("debug logging was on").containsAnyOf(" DEBUG ", "\"level\":\"DEBUG\"");
        assertNoneLogged(output, secrets);
    }

    private void handleSecretsAndPersonalData() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts accounts = new TestAccounts(jdbc);
        TestUser admin = accounts.user(accounts.company("active"), "admin");
        secret(admin.email(), "the admin's email");
        secret(TestAccounts.PASSWORD, "the admin's password");

        // Sign-in: a wrong password, an unknown user typed as an email, then success.
        String wrongPassword = secret("wrong-" + run + "-password", "a wrong password");
        assertError(signIn(admin.username(), wrongPassword), 401, "INVALID_CREDENTIALS");
        String unknownEmail = secret("ghost-" + run + "@example.org", "an unknown login name");
        assertError(signIn(unknownEmail, wrongPassword), 401, "INVALID_CREDENTIALS");
        JsonNode session = tokens(signIn(admin.email(), TestAccounts.PASSWORD));
        String access = session.get("access_token").asString();

        // A forged token, a refresh, and a replayed refresh token in a second session.
        String forged = secret(access.substring(0, access.length() - 4) + "AAAA", "a forged access token");
        assertError(get("/api/v1/auth/me", forged), 401, "INVALID_TOKEN");
        JsonNode refreshed = tokens(refresh(session.get("refresh_token").asString()));
        access = refreshed.get("access_token").asString();
        JsonNode second = tokens(signIn(admin.username(), TestAccounts.PASSWORD));
        tokens(refresh(second.get("refresh_token").asString()));
        assertError(refresh(second.get("refresh_token").asString()), 401, "REFRESH_TOKEN_REUSED");

        // A user with every personal field, a duplicate of it, and a bad document number.
        String email = secret("leak-" + run + "@example.net", "a new user's email");
        String phone = "+57300" + digits(7);
        secret(phone, "a new user's phone");
        // Also as bare digits, as a formatter might print a number.
        secret(phone.substring(1), "a new user's phone without its plus");
        String documentNumber = secret("10" + digits(8), "a new user's document number");
        String password = secret("created-" + run + "-password", "a new user's password");
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", "leak-" + run);
        user.put("email", email);
        user.put("password", password);
        user.put("first_name", "Leak");
        user.put("last_name", "Probe");
        user.put("phone", phone);
        user.put("document_type", "CC");
        user.put("number_document_identity", documentNumber);
        user.put("role", "customer");
        HttpResponse<String> created = postJson("/api/v1/users", access, user);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String userId = body(created).get("uuid").asString();
        assertError(postJson("/api/v1/users", access, user), 409, "USER_ALREADY_EXISTS");
        Map<String, Object> badDocument = new LinkedHashMap<>(user);
        badDocument.put("username", "leak-other-" + run);
        badDocument.put("email", "other-" + email);
        badDocument.put("number_document_identity", secret("12AB" + digits(6), "an invalid document number"));
        assertError(postJson("/api/v1/users", access, badDocument), 422, "VALIDATION_FAILED");

        // That user signs in and changes its password.
        JsonNode own = tokens(signIn(email, password));
        String newPassword = secret("changed-" + run + "-password", "a changed password");
        HttpResponse<String> changed = send(
                request("/api/v1/auth/change-password", own.get("access_token").asString())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                Map.of("current_password", password, "new_password", newPassword)))));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        // A customer profile with email and phone, its duplicate, and an invalid phone.
        String customerEmail = secret("customer-" + run + "@example.com", "a customer's email");
        String customerPhone = "+4072" + digits(7);
        secret(customerPhone, "a customer's phone");
        secret(customerPhone.substring(1), "a customer's phone without its plus");
        Map<String, Object> customer =
                Map.of("full_name", "Leak Probe " + run, "email", customerEmail, "phone", customerPhone);
        HttpResponse<String> profile = postJson("/v1/customers", access, customer);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
        String profileId = body(profile).get("id").asString();
        assertError(postJson("/v1/customers", access, customer), 409, "CUSTOMER_ALREADY_EXISTS");
        String invalidPhone = secret("+99" + digits(3), "an invalid phone");
        assertError(
                postJson(
                        "/v1/customers",
                        access,
                        Map.of("full_name", "Leak Probe", "email", "x" + customerEmail, "phone", invalidPhone)),
                422,
                "VALIDATION_FAILED");

        // A GDPR export of the new user, downloaded through its link.
        HttpResponse<String> export = postJson("/v1/customers/gdpr/export", access, Map.of("user_id", userId));
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        String zipUrl = body(export).get("zip_url").asString();
        urlCapabilities.put(zipUrl.substring(zipUrl.lastIndexOf('/') + 1), "an export link's token");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(zipUrl)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);

        // A body that is not JSON, carrying a password, and an unexpected failure.
        String leakyBody = secret("malformed-" + run + "-password", "a password in a malformed body");
        assertError(
                post(
                        "/api/v1/auth/login",
                        "application/json",
                        "{\"username\": \"x\", \"password\": \"" + leakyBody + "\""),
                400,
                "MALFORMED_REQUEST");
        assertError(
                post("/test/probe", "application/json", "{\"display_name\": \"explode\", \"quantity\": 1}"),
                500,
                "INTERNAL_ERROR");

        assertThat(send(request("/api/v1/auth/logout", access).POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(204);
        // Events of these changes go out on other threads; their logging counts too.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE ? OR serialized_event LIKE ?",
                                Integer.class,
                                "%" + userId + "%",
                                "%" + profileId + "%")
                        == 0);
    }

    private static void assertNoneLogged(CapturedOutput output, Map<String, String> secrets) {
        String log = output.getAll();
        assertThat(log).as("the flows ran and were logged (the 500)").contains("Unexpected error");
        String lowerCaseLog = log.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            assertThat(lowerCaseLog)
                    .as("%s appears in the log", secret.getValue())
                    .doesNotContain(secret.getKey().toLowerCase(Locale.ROOT));
        }
    }

    private String secret(String value, String what) {
        secrets.put(value, what);
        return value;
    }

    /** Tokens of a successful sign-in or refresh, which become secrets of this run. */
    private JsonNode tokens(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = body(response);
        secret(tokens.get("access_token").asString(), "an access token");
        secret(tokens.get("refresh_token").asString(), "a refresh token");
        return tokens;
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", username, "password", password)));
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post(
                "/api/v1/auth/refresh",
                "application/json",
                json.writeValueAsString(Map.of("refresh_token", refreshToken)));
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
