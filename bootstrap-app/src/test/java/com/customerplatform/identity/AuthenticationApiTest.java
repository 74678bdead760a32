package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class AuthenticationApiTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    TestCompany company;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc);
        company = accounts.company("active");
    }

    @Test
    void signsInWithUsernameAndReturnsTokensAndTheUser() throws Exception {
        TestUser user = accounts.user(company, "manager");

        HttpResponse<String> response = login(Map.of("username", user.username(), "password", TestAccounts.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        assertThat(body.get("refresh_token").asString()).hasSizeGreaterThan(40);
        assertThat(body.get("user").get("uuid").asString())
                .isEqualTo(user.uuid().toString());
        assertThat(body.get("user").get("role").asString()).isEqualTo("manager");
        assertThat(body.get("user").get("unique_id").asString()).matches("USER-\\d{8}");
        assertThat(body.get("user").get("last_login").isNull()).isFalse();
        assertThat(response.body()).doesNotContain("password");

        Map<String, Object> claims = claims(body.get("access_token").asString());
        assertThat(claims)
                .containsEntry("sub", user.uuid().toString())
                .containsEntry("typ", "access")
                .containsEntry("role", "manager")
                .containsEntry("company_id", company.companyId())
                .containsEntry("company_uuid", company.uuid().toString())
                .containsEntry("iss", "customer-platform")
                .containsKeys("jti", "iat", "exp", "nbf", "sid", "permissions", "aud");
    }

    @Test
    void signsInWithTheEmailInAnyCaseAndWithTheOriginalClientsFieldName() throws Exception {
        TestUser user = accounts.user(company, "viewer");

        assertThat(login(Map.of("username", user.email().toUpperCase(Locale.ROOT), "password", TestAccounts.PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        assertThat(login(Map.of("username_or_email", user.username(), "password", TestAccounts.PASSWORD))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        TestUser user = accounts.user(company, "viewer");

        HttpResponse<String> wrongPassword = login(Map.of("username", user.username(), "password", "not the password"));
        HttpResponse<String> unknownUser =
                login(Map.of("username", "nobody-" + user.uuid(), "password", "not the password"));

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(body(wrongPassword).get("error_code").asString()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(body(unknownUser).get("detail").asString())
                .isEqualTo(body(wrongPassword).get("detail").asString());
    }

    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        TestUser user = accounts.user(company, "viewer", false);

        HttpResponse<String> response = login(Map.of("username", user.username(), "password", TestAccounts.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).get("error_code").asString()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void usersOfASuspendedCompanyCannotSignIn() throws Exception {
        TestUser user = accounts.user(accounts.company("suspended"), "admin");

        HttpResponse<String> response = login(Map.of("username", user.username(), "password", TestAccounts.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).get("error_code").asString()).isEqualTo("COMPANY_NOT_ACTIVE");
    }

    @Test
    void badLoginRequestsAreClientErrors() throws Exception {
        assertThat(body(login(Map.of("username", "someone"))).get("error_code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(body(login(Map.of("password", "whatever-123")))
                        .get("error_code")
                        .asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(body(login(Map.of("username", "someone", "password", "x".repeat(8), "remember_me", true)))
                        .get("error_code")
                        .asString())
                .isEqualTo("UNKNOWN_FIELD");
        HttpResponse<String> overlong = login(Map.of("username", "someone", "password", "é".repeat(37)));
        assertThat(overlong.statusCode()).isEqualTo(401);
    }

    @Test
    void meReturnsTheSignedInUser() throws Exception {
        TestUser user = accounts.user(company, "customer");
        String token = login(user.username(), TestAccounts.PASSWORD);

        HttpResponse<String> response = send(request("/api/v1/auth/me", token).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("username").asString()).isEqualTo(user.username());
        assertThat(body(response).get("company_id").asString()).isEqualTo(company.companyId());
    }

    @Test
    void meWithoutATokenIs401WithAChallenge() throws Exception {
        HttpResponse<String> response = get("/api/v1/auth/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    }

    @Test
    void theJwksPublishesTheKeyTokensAreSignedWith() throws Exception {
        String token = adminToken();
        String kid = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.", -1)[0]))
                .get("kid")
                .asString();

        HttpResponse<String> response = get("/.well-known/jwks.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode key = body(response)
                .get("keys")
                .valueStream()
                .filter(k -> k.get("kid").asString().equals(kid))
                .findFirst()
                .orElseThrow();
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("alg").asString()).isEqualTo("RS256");
        assertThat(key.get("use").asString()).isEqualTo("sig");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).as("no private material").isFalse();
    }

    private HttpResponse<String> login(Map<String, ?> body) throws Exception {
        return post("/api/v1/auth/login", "application/json", json.writeValueAsString(body));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> claims(String token) {
        return json.readValue(Base64.getUrlDecoder().decode(token.split("\\.", -1)[1]), Map.class);
    }
}
