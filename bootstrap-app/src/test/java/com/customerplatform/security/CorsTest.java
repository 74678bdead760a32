package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;

/**
 * OWASP API8: with {@code CORS_ORIGINS} set, browsers let only those origins read the API; an
 * unlisted one gets no {@code Access-Control-Allow-Origin}. Credentials are never allowed, and
 * the seed's default {@code *} answers the literal {@code *}, which browsers never combine with
 * credentials.
 */
class CorsTest extends ProxiedDeploymentTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aListedOriginMayCallTheApiButNeverWithCredentials() throws Exception {
        HttpResponse<String> preflight = send(preflight(request("/api/v1/auth/me"), "https://app.example.com", "GET"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://app.example.com");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("GET"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(
                        headers -> assertThat(headers.toLowerCase(Locale.ROOT)).contains("authorization"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();

        TestAccounts accounts = new TestAccounts(jdbc);
        TestAccounts.TestUser user = accounts.user(accounts.company("active"), "viewer");
        String token = login(user.username(), TestAccounts.PASSWORD);
        HttpResponse<String> actual = send(request("/api/v1/auth/me", token)
                .header("Origin", "https://app.example.com")
                .GET());

        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(actual.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(exposed -> assertThat(exposed).contains("X-Request-ID"));
        assertThat(actual.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(actual.headers().allValues("Vary"))
                .as("caches must key answers by Origin")
                .anySatisfy(vary -> assertThat(vary).contains("Origin"));
    }

    @Test
    void aPatternAdmitsSubdomainsOfThatHostOnly() throws Exception {
        assertThat(allowedOrigin("https://eu.admin.example.com")).hasValue("https://eu.admin.example.com");

        for (String lookalike : List.of(
                "https://admin.example.com.evil.example",
                "http://eu.admin.example.com",
                "https://evil-admin.example.com")) {
            assertThat(allowedOrigin(lookalike)).as(lookalike).isEmpty();
        }
    }

    @Test
    void anUnlistedOriginGetsNoAllowOriginHeader() throws Exception {
        for (String origin : List.of("https://evil.example", "null", "https://app.example.com.evil.example")) {
            HttpResponse<String> preflight = send(preflight(request("/v1/customers"), origin, "POST"));

            assertThat(preflight.statusCode()).as(origin).isEqualTo(403);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(origin)
                    .isEmpty();
        }
        HttpResponse<String> signIn = send(request("/api/v1/auth/login")
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("username", "nobody-" + UUID.randomUUID(), "password", "irrelevant")))));

        assertThat(signIn.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(signIn.statusCode())
                .as("a browser would not let the page read it; the server refuses it outright")
                .isEqualTo(403);
    }

    private Optional<String> allowedOrigin(String origin) throws Exception {
        return send(preflight(request("/v1/customers"), origin, "GET"))
                .headers()
                .firstValue("Access-Control-Allow-Origin");
    }

    /** What a browser sends before a cross-origin call with a bearer token. */
    static HttpRequest.Builder preflight(HttpRequest.Builder request, String origin, String method) {
        return request.header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    /** Without {@code CORS_ORIGINS}: the shared test context, configured like a default start. */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    class WithTheSeedsDefault extends PlatformIntegrationTest {

        @Test
        void anyOriginMayReadButOnlyThroughTheLiteralStarWhichExcludesCredentials() throws Exception {
            String origin = "https://" + UUID.randomUUID() + ".example";

            HttpResponse<String> preflight = send(preflight(request("/v1/customers"), origin, "POST"));

            assertThat(preflight.statusCode()).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .as("not the echoed origin, which a browser would accept with credentials")
                    .hasValue("*");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                    .isEmpty();
        }
    }
}
