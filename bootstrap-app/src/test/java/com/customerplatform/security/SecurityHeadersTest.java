package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OWASP API8 (security misconfiguration): every answer carries the browser-hardening headers,
 * responses with tokens or personal data are never cached, the JSON API gets a CSP that forbids
 * everything, Swagger UI one that admits only its own files, and HSTS is sent only on requests
 * that arrived over TLS (here: through the proxy's {@code X-Forwarded-Proto}).
 */
class SecurityHeadersTest extends ProxiedDeploymentTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final Pattern DIRECTIVES = Pattern.compile(";");

    @Autowired
    JdbcTemplate jdbc;

    TestUser admin;

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(jdbc);
        admin = accounts.user(accounts.company("active"), "admin");
    }

    @Test
    void tokensAndPersonalDataAreNeverCachedAndCannotBeFramedSniffedOrRendered() throws Exception {
        HttpResponse<String> signIn = post(
                "/api/v1/auth/login",
                "application/json",
                json.writeValueAsString(Map.of("username", admin.username(), "password", TestAccounts.PASSWORD)));
        assertThat(signIn.statusCode()).isEqualTo(200);
        String token = body(signIn).get("access_token").asString();
        HttpResponse<String> refreshed = post(
                "/api/v1/auth/refresh",
                "application/json",
                json.writeValueAsString(Map.of(
                        "refresh_token", body(signIn).get("refresh_token").asString())));
        HttpResponse<String> me = get("/api/v1/auth/me", token);
        HttpResponse<String> customer =
                postJson("/v1/customers", token, Map.of("full_name", "Header Probe", "email", admin.email()));
        HttpResponse<String> customers = get("/v1/customers?limit=1", token);

        for (HttpResponse<String> response : List.of(signIn, refreshed, me, customer, customers)) {
            assertThat(response.statusCode()).as(response.uri().toString()).isLessThan(300);
            assertHardenedJson(response);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as("%s must not be stored by browsers or proxies", response.uri())
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void errorsCarryTheSameHeaders() throws Exception {
        HttpResponse<String> unauthorized = get("/api/v1/auth/me");
        HttpResponse<String> badToken = get("/v1/customers", "not-a-token");
        HttpResponse<String> unknownRoute = get("/no-such-thing");
        HttpResponse<String> serverError =
                post("/test/probe", "application/json", "{\"display_name\": \"explode\", \"quantity\": 1}");

        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(serverError.statusCode()).isEqualTo(500);
        for (HttpResponse<String> response : List.of(unauthorized, badToken, unknownRoute, serverError)) {
            assertHardenedJson(response);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void swaggerUiMayLoadOnlyItsOwnScriptsAndStyles() throws Exception {
        HttpResponse<String> docs = get("/docs");
        assertThat(docs.statusCode()).isBetween(301, 308);
        assertThat(docs.headers().firstValue("Content-Security-Policy")).isPresent();
        URI page = docs.uri().resolve(docs.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> html = send(request(page.getRawPath()).GET());

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(directive(policy, "default-src")).isEqualTo("'none'");
        assertThat(directive(policy, "script-src"))
                .as("no inline script, no eval, no foreign host")
                .isEqualTo("'self'");
        assertThat(directive(policy, "frame-ancestors")).isEqualTo("'none'");
        assertThat(directive(policy, "connect-src")).isEqualTo("'self'");
        assertThat(html.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(html.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        // What the policy must let through: the page's own scripts, and no inline ones it would block.
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            Matcher source = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
            assertThat(source.find())
                    .as("inline <script>%s> would be blocked", scripts.group(1))
                    .isTrue();
            assertThat(page.resolve(source.group(1)).getRawAuthority())
                    .as("script %s is served by this service", source.group(1))
                    .isEqualTo(page.getRawAuthority());
            HttpResponse<String> script =
                    send(request(page.resolve(source.group(1)).getRawPath()).GET());
            assertThat(script.statusCode()).as(source.group(1)).isEqualTo(200);
        }
        assertThat(count).as("Swagger UI's page loads its scripts").isPositive();
    }

    @Test
    void theOpenApiDocumentIsJsonAndGetsTheStrictPolicy() throws Exception {
        HttpResponse<String> apiDocs = get("/v3/api-docs");

        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertHardenedJson(apiDocs);
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() throws Exception {
        HttpResponse<String> plain = get("/health");
        HttpResponse<String> overTls =
                send(request("/health").header("X-Forwarded-Proto", "https").GET());
        HttpResponse<String> apiOverTls = send(
                request("/api/v1/auth/me").header("X-Forwarded-Proto", "https").GET());

        assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                .as("a plain-HTTP answer must not pin HTTPS (an attacker could not strip it anyway)")
                .isEmpty();
        for (HttpResponse<String> response : List.of(overTls, apiOverTls)) {
            String hsts = response.headers()
                    .firstValue("Strict-Transport-Security")
                    .orElseThrow(() -> new AssertionError("no HSTS on " + response.uri() + " over TLS"));
            assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains");
        }
    }

    private static void assertHardenedJson(HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        String what = response.request().method() + " " + response.uri() + " -> " + response.statusCode();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(API_POLICY);
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as("%s arrived over plain HTTP", what)
                .isEmpty();
    }

    /** The value of one directive of a Content-Security-Policy, or an empty string. */
    private static String directive(String policy, String name) {
        for (String part : DIRECTIVES.split(policy, -1)) {
            String trimmed = part.strip();
            if (trimmed.equals(name) || trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length()).strip();
            }
        }
        return "";
    }
}
