package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Refresh with rotation and replay detection, logout and password change, end to end. */
class SessionLifecycleTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    TestUser user;

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(jdbc);
        user = accounts.user(accounts.company("active"), "manager");
    }

    @Test
    void aRefreshTokenIsTradedForNewTokensOnce() throws Exception {
        JsonNode signedIn = signIn(TestAccounts.PASSWORD);

        HttpResponse<String> refreshed = refresh(signedIn.get("refresh_token").asString());

        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode tokens = body(refreshed);
        assertThat(tokens.get("refresh_token").asString())
                .isNotEqualTo(signedIn.get("refresh_token").asString());
        assertThat(tokens.get("user").get("uuid").asString())
                .isEqualTo(user.uuid().toString());
        assertThat(me(tokens.get("access_token").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void replayingAUsedRefreshTokenEndsTheWholeSession() throws Exception {
        JsonNode signedIn = signIn(TestAccounts.PASSWORD);
        String first = signedIn.get("refresh_token").asString();
        JsonNode rotated = body(refresh(first));

        HttpResponse<String> replay = refresh(first);

        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(body(replay).get("error_code").asString()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(body(refresh(rotated.get("refresh_token").asString()))
                        .get("error_code")
                        .asString())
                .isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(me(rotated.get("access_token").asString()).statusCode()).isEqualTo(401);
        assertThat(me(signedIn.get("access_token").asString()).statusCode()).isEqualTo(401);
    }

    @Test
    void logoutStopsTheAccessAndRefreshTokensAtOnce() throws Exception {
        JsonNode signedIn = signIn(TestAccounts.PASSWORD);
        String accessToken = signedIn.get("access_token").asString();

        HttpResponse<String> logout =
                send(request("/api/v1/auth/logout", accessToken).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(logout.statusCode()).isEqualTo(204);
        HttpResponse<String> afterwards = me(accessToken);
        assertThat(afterwards.statusCode()).isEqualTo(401);
        assertThat(body(afterwards).get("error_code").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(refresh(signedIn.get("refresh_token").asString()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void otherSessionsSurviveALogout() throws Exception {
        String phone = signIn(TestAccounts.PASSWORD).get("access_token").asString();
        String laptop = signIn(TestAccounts.PASSWORD).get("access_token").asString();

        send(request("/api/v1/auth/logout", laptop).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(me(phone).statusCode()).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsOnly() throws Exception {
        String current = signIn(TestAccounts.PASSWORD).get("access_token").asString();
        JsonNode other = signIn(TestAccounts.PASSWORD);

        HttpResponse<String> changed = changePassword(current, TestAccounts.PASSWORD, "a brand new passphrase");

        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(me(current).statusCode()).isEqualTo(200);
        assertThat(me(other.get("access_token").asString()).statusCode()).isEqualTo(401);
        assertThat(refresh(other.get("refresh_token").asString()).statusCode()).isEqualTo(401);
        assertThat(login(TestAccounts.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(login("a brand new passphrase").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndAValidNewOne() throws Exception {
        String token = signIn(TestAccounts.PASSWORD).get("access_token").asString();

        assertField(changePassword(token, "not my password", "another passphrase"), "current_password");
        assertField(changePassword(token, TestAccounts.PASSWORD, "short"), "new_password");
        assertField(changePassword(token, TestAccounts.PASSWORD, "é".repeat(37)), "new_password");
        assertThat(login(TestAccounts.PASSWORD).statusCode())
                .as("nothing changed")
                .isEqualTo(200);
    }

    @Test
    void badRefreshRequestsAreRefused() throws Exception {
        assertThat(body(refresh("made-up")).get("error_code").asString()).isEqualTo("INVALID_REFRESH_TOKEN");
        HttpResponse<String> missing = post("/api/v1/auth/refresh", "application/json", "{}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(send(request("/api/v1/auth/logout").POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(401);
    }

    private JsonNode signIn(String password) throws Exception {
        HttpResponse<String> response = login(password);
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response);
    }

    private HttpResponse<String> login(String password) throws Exception {
        return post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", user.username(), "password", password)));
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post(
                "/api/v1/auth/refresh",
                "application/json",
                json.writeValueAsString(Map.of("refresh_token", refreshToken)));
    }

    private HttpResponse<String> changePassword(String token, String current, String next) throws Exception {
        return send(request("/api/v1/auth/change-password", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("current_password", current, "new_password", next)))));
    }

    private HttpResponse<String> me(String token) throws Exception {
        return send(request("/api/v1/auth/me", token).GET());
    }

    private void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
