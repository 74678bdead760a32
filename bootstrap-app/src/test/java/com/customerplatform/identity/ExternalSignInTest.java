package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole OpenID Connect flow against a real provider (mock-oauth2-server) started here: a
 * cookie-keeping client plays the browser, following each redirect by hand so every step can be
 * looked at and tampered with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalSignInTest extends PlatformIntegrationTest {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static final String CLIENT_ID = "customer-platform";
    private static final String SUFFIX =
            UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    /** Its users may sign in with {@code mock} and {@code partner}. */
    private static final String ALLOWED = "OIDC-A-" + SUFFIX;
    /** Where {@code mock} provisions newcomers. */
    private static final String PROVISIONING = "OIDC-P-" + SUFFIX;

    static {
        PROVIDER.start();
    }

    private static final String FRONT_END = "https://app.example.com/signed-in";

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("platform.identity.oidc.return-urls", () -> FRONT_END);
        String mock = "platform.identity.oidc.providers.mock.";
        registry.add(mock + "issuer-uri", () -> PROVIDER.issuerUrl("mock").toString());
        registry.add(mock + "client-id", () -> CLIENT_ID);
        registry.add(mock + "client-secret", () -> "test-secret");
        registry.add(mock + "allowed-companies", () -> ALLOWED + "," + PROVISIONING);
        registry.add(mock + "provision-company", () -> PROVISIONING);
        String partner = "platform.identity.oidc.providers.partner.";
        registry.add(partner + "issuer-uri", () -> PROVIDER.issuerUrl("partner").toString());
        registry.add(partner + "client-id", () -> CLIENT_ID);
        registry.add(partner + "client-secret", () -> "test-secret");
        registry.add(partner + "allowed-companies", () -> ALLOWED);
        String offline = "platform.identity.oidc.providers.offline.";
        registry.add(offline + "issuer-uri", () -> "http://127.0.0.1:9/offline");
        registry.add(offline + "client-id", () -> CLIENT_ID);
        registry.add(offline + "allowed-companies", () -> "*");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    TestCompany allowed;

    @BeforeAll
    void createCompanies() {
        accounts = new TestAccounts(jdbc);
        allowed = accounts.company(ALLOWED, "active");
        accounts.company(PROVISIONING, "active");
    }

    @Test
    void aVerifiedEmailLinksTheExistingUserAndGetsThePlatformsTokens() throws Exception {
        TestUser user = accounts.user(allowed, "manager");
        String subject = "sub-" + UUID.randomUUID();
        Browser browser = new Browser();

        HttpResponse<String> started = browser.get(url("/api/v1/auth/mock/login"));
        assertThat(started.statusCode()).isEqualTo(302);
        URI authorize = URI.create(started.headers().firstValue("Location").orElseThrow());
        Map<String, String> asked = query(authorize);
        assertThat(authorize.toString()).startsWith(PROVIDER.issuerUrl("mock") + "/authorize");
        assertThat(asked)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", url("/api/v1/auth/mock/callback"))
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(asked.get("scope").split(" ")).contains("openid", "email", "profile");
        assertThat(started.headers().allValues("Set-Cookie"))
                .singleElement()
                .asString()
                .contains("platform_sign_in=" + asked.get("state"), "HttpOnly", "SameSite=Lax", "Path=/api/v1/auth");

        HttpResponse<String> signedIn = browser.complete(authorize, claims(subject, user.email(), true));

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        JsonNode tokens = body(signedIn);
        assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("user").get("uuid").asString())
                .isEqualTo(user.uuid().toString());
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .as("only the binding cookie, cleared; never an HTTP session")
                .singleElement()
                .asString()
                .contains("platform_sign_in=;", "Max-Age=0");
        JsonNode me = body(get("/api/v1/auth/me", tokens.get("access_token").asString()));
        assertThat(me.get("username").asString()).isEqualTo(user.username());
        assertThat(me.get("linked_identities")
                        .valueStream()
                        .map(link -> link.get("provider").asString()))
                .containsExactly("mock");
        HttpResponse<String> refreshed = post(
                "/api/v1/auth/refresh",
                "application/json",
                json.writeValueAsString(
                        Map.of("refresh_token", tokens.get("refresh_token").asString())));
        assertThat(refreshed.statusCode()).as("a session like any other").isEqualTo(200);

        HttpResponse<String> again = new Browser().signIn("mock", claims(subject, "changed@elsewhere.example", false));
        assertThat(body(again).get("user").get("uuid").asString())
                .as("a linked subject is the same user whatever email it shows later")
                .isEqualTo(user.uuid().toString());
    }

    @Test
    void aNewcomerGetsACustomerAccountInTheProvisioningCompany() throws Exception {
        String email = "newcomer-" + UUID.randomUUID() + "@example.com";

        HttpResponse<String> signedIn = new Browser()
                .signIn(
                        "mock",
                        claims("sub-" + UUID.randomUUID(), email, true, "given_name", "Nia", "family_name", "Okafor"));

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        JsonNode user = body(signedIn).get("user");
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("username").asString()).isEqualTo(email);
        assertThat(user.get("role").asString()).isEqualTo("customer");
        assertThat(user.get("company_id").asString()).isEqualTo(PROVISIONING);
        assertThat(user.get("first_name").asString()).isEqualTo("Nia");
        assertThat(jdbc.queryForObject(
                        "SELECT password_hash IS NULL FROM identity.user_account WHERE email = ?",
                        Boolean.class,
                        email))
                .as("no password: it signs in through the provider only")
                .isTrue();
        String token = body(signedIn).get("access_token").asString();
        assertError(send(request("/api/v1/auth/me/identities/mock", token).DELETE()), 409, "LAST_SIGN_IN_METHOD");
    }

    @Test
    void anUnverifiedEmailNeverLinksNorProvisions() throws Exception {
        TestUser user = accounts.user(allowed, "admin");
        String stranger = "unverified-" + UUID.randomUUID() + "@example.com";

        assertError(
                new Browser().signIn("mock", claims("sub-" + UUID.randomUUID(), user.email(), false)),
                403,
                "EMAIL_NOT_VERIFIED");
        assertError(
                new Browser().signIn("mock", claims("sub-" + UUID.randomUUID(), stranger, false)),
                403,
                "EMAIL_NOT_VERIFIED");

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.external_identity e JOIN identity.user_account u ON u.id = e.user_id"
                                + " WHERE u.uuid = ?",
                        Integer.class,
                        user.uuid()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.user_account WHERE email = ?", Integer.class, stranger))
                .isZero();
    }

    @Test
    void aForgedOrReplayedStateOrAnotherBrowserIsRefused() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> started = browser.get(url("/api/v1/auth/mock/login"));
        String state = query(URI.create(started.headers().firstValue("Location").orElseThrow()))
                .get("state");

        assertError(
                browser.get(url("/api/v1/auth/mock/callback?code=anything&state=forged-" + state)),
                401,
                "EXTERNAL_SIGN_IN_FAILED");
        assertError(
                new Browser().get(url("/api/v1/auth/mock/callback?code=anything&state=" + state)),
                401,
                "EXTERNAL_SIGN_IN_FAILED");

        TestUser user = accounts.user(allowed, "viewer");
        Browser victim = new Browser();
        URI authorize = URI.create(victim.get(url("/api/v1/auth/mock/login"))
                .headers()
                .firstValue("Location")
                .orElseThrow());
        PROVIDER.enqueueCallback(claims("sub-" + UUID.randomUUID(), user.email(), true));
        URI callback = URI.create(
                victim.get(authorize).headers().firstValue("Location").orElseThrow());
        assertError(new Browser().get(callback), 401, "EXTERNAL_SIGN_IN_FAILED");
        assertThat(victim.get(callback).statusCode())
                .as("the browser that started it still completes it")
                .isEqualTo(200);
        assertError(victim.get(callback), 401, "EXTERNAL_SIGN_IN_FAILED");
    }

    @Test
    void anIdTokenWithAWrongNonceIsRefused() throws Exception {
        TestUser user = accounts.user(allowed, "viewer");

        HttpResponse<String> refused = new Browser()
                .signIn("mock", claims("sub-" + UUID.randomUUID(), user.email(), true, "nonce", "replayed-nonce"));

        assertThat(assertError(refused, 401, "EXTERNAL_SIGN_IN_FAILED")
                        .get("detail")
                        .asString())
                .contains("invalid_nonce");
    }

    @Test
    void anIssuerThatIsNotConfiguredIsRefused() throws Exception {
        TestUser user = accounts.user(allowed, "viewer");

        HttpResponse<String> foreignIssuer = new Browser()
                .signIn(
                        "mock",
                        claims(
                                "sub-" + UUID.randomUUID(),
                                user.email(),
                                true,
                                "iss",
                                PROVIDER.issuerUrl("partner").toString()));

        assertThat(assertError(foreignIssuer, 401, "EXTERNAL_SIGN_IN_FAILED")
                        .get("detail")
                        .asString())
                .contains("invalid_id_token");
        assertError(new Browser().get(url("/api/v1/auth/unknown/login")), 404, "PROVIDER_NOT_FOUND");
        assertError(new Browser().get(url("/api/v1/auth/unknown/callback?code=c&state=s")), 404, "PROVIDER_NOT_FOUND");
        assertError(new Browser().get(url("/api/v1/auth/offline/login")), 503, "PROVIDER_UNAVAILABLE");
    }

    @Test
    void theProviderSayingNoIsRefused() throws Exception {
        Browser browser = new Browser();
        String state = query(URI.create(browser.get(url("/api/v1/auth/mock/login"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()))
                .get("state");

        assertThat(assertError(
                                browser.get(url("/api/v1/auth/mock/callback?error=access_denied&state=" + state)),
                                401,
                                "EXTERNAL_SIGN_IN_FAILED")
                        .get("detail")
                        .asString())
                .contains("access_denied");
    }

    @Test
    void onlyUsersOfAllowedCompaniesSignIn() throws Exception {
        TestUser elsewhere = accounts.user(accounts.company("active"), "admin");
        TestUser inactive = accounts.user(allowed, "manager", false);
        String stranger = "stranger-" + UUID.randomUUID() + "@example.com";

        assertError(
                new Browser().signIn("mock", claims("sub-" + UUID.randomUUID(), elsewhere.email(), true)),
                403,
                "EXTERNAL_SIGN_IN_NOT_ALLOWED");
        assertError(
                new Browser().signIn("mock", claims("sub-" + UUID.randomUUID(), "platform-admin@example.com", true)),
                403,
                "EXTERNAL_SIGN_IN_NOT_ALLOWED");
        assertError(
                new Browser().signIn("mock", claims("sub-" + UUID.randomUUID(), inactive.email(), true)),
                403,
                "ACCOUNT_INACTIVE");
        assertError(
                new Browser().signIn("partner", claims("partner", "sub-" + UUID.randomUUID(), stranger, true)),
                403,
                "NO_MATCHING_ACCOUNT");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.user_account WHERE email = ?", Integer.class, stranger))
                .isZero();
    }

    @Test
    void aUserUnlinksAProviderAndOnlyItsOwn() throws Exception {
        TestUser user = accounts.user(allowed, "manager");
        HttpResponse<String> signedIn =
                new Browser().signIn("partner", claims("partner", "sub-" + UUID.randomUUID(), user.email(), true));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String token = login(user.username(), TestAccounts.PASSWORD);

        assertError(send(request("/api/v1/auth/me/identities/mock", token).DELETE()), 404, "LINKED_IDENTITY_NOT_FOUND");
        assertError(send(request("/api/v1/auth/me/identities/partner").DELETE()), 401, "UNAUTHORIZED");
        assertThat(send(request("/api/v1/auth/me/identities/partner", token).DELETE())
                        .statusCode())
                .isEqualTo(204);

        assertThat(body(get("/api/v1/auth/me", token)).get("linked_identities").isEmpty())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.user_account WHERE uuid = ?", Integer.class, user.uuid()))
                .as("unlinking keeps the account")
                .isOne();
    }

    @Test
    void aFrontEndGetsAOneTimeCodeInItsFragmentAndExchangesItForTheTokens() throws Exception {
        TestUser user = accounts.user(allowed, "manager");
        Browser browser = new Browser();
        HttpResponse<String> started = browser.get(url("/api/v1/auth/mock/login?return_to=" + FRONT_END));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);

        HttpResponse<String> landed = browser.complete(
                URI.create(started.headers().firstValue("Location").orElseThrow()),
                claims("sub-" + UUID.randomUUID(), user.email(), true));

        assertThat(landed.statusCode()).isEqualTo(303);
        String location = landed.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(FRONT_END + "#code=").doesNotContain("eyJ");
        String code = location.substring(location.indexOf("#code=") + "#code=".length());
        HttpResponse<String> exchanged =
                post("/api/v1/auth/exchange", "application/json", json.writeValueAsString(Map.of("code", code)));
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        assertThat(body(exchanged).get("user").get("uuid").asString())
                .isEqualTo(user.uuid().toString());
        assertThat(get("/api/v1/auth/me", body(exchanged).get("access_token").asString())
                        .statusCode())
                .isEqualTo(200);
        assertError(
                post("/api/v1/auth/exchange", "application/json", json.writeValueAsString(Map.of("code", code))),
                401,
                "INVALID_EXCHANGE_CODE");
        assertError(post("/api/v1/auth/exchange", "application/json", "{}"), 422, "VALIDATION_FAILED");
    }

    @Test
    void aFrontEndLearnsWhyAVerifiedPersonMayNotSignInAndOnlyConfiguredPagesAreReturnedTo() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> started = browser.get(url("/api/v1/auth/partner/login?return_to=" + FRONT_END));

        HttpResponse<String> landed = browser.complete(
                URI.create(started.headers().firstValue("Location").orElseThrow()),
                claims("partner", "sub-" + UUID.randomUUID(), "nobody-" + UUID.randomUUID() + "@example.com", true));

        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location")).hasValue(FRONT_END + "#error=NO_MATCHING_ACCOUNT");
        assertError(
                new Browser().get(url("/api/v1/auth/mock/login?return_to=https://evil.example/steal")),
                422,
                "VALIDATION_FAILED");
    }

    @Test
    void aFrontEndLearnsOnItsPageThatThePersonCancelledOrTheAnswerDidNotVerify() throws Exception {
        Browser cancelling = new Browser();
        String state = query(URI.create(cancelling
                        .get(url("/api/v1/auth/mock/login?return_to=" + FRONT_END))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()))
                .get("state");
        HttpResponse<String> cancelled =
                cancelling.get(url("/api/v1/auth/mock/callback?error=access_denied&state=" + state));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(303);
        assertThat(cancelled.headers().firstValue("Location")).hasValue(FRONT_END + "#error=EXTERNAL_SIGN_IN_FAILED");

        Browser replaying = new Browser();
        HttpResponse<String> started = replaying.get(url("/api/v1/auth/mock/login?return_to=" + FRONT_END));
        HttpResponse<String> unverified = replaying.complete(
                URI.create(started.headers().firstValue("Location").orElseThrow()),
                claims("sub-" + UUID.randomUUID(), "someone@example.com", true, "nonce", "replayed-nonce"));
        assertThat(unverified.statusCode()).as(unverified.body()).isEqualTo(303);
        assertThat(unverified.headers().firstValue("Location")).hasValue(FRONT_END + "#error=EXTERNAL_SIGN_IN_FAILED");

        // Replayed, the same callback no longer matches a pending sign-in: no page to trust.
        assertError(
                cancelling.get(url("/api/v1/auth/mock/callback?error=access_denied&state=" + state)),
                401,
                "EXTERNAL_SIGN_IN_FAILED");
    }

    private String url(String path) {
        return request(path).build().uri().toString();
    }

    private static DefaultOAuth2TokenCallback claims(String subject, String email, boolean verified, String... more) {
        return claims("mock", subject, email, verified, more);
    }

    private static DefaultOAuth2TokenCallback claims(
            String issuerId, String subject, String email, boolean verified, String... more) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        claims.put("email_verified", verified);
        for (int i = 0; i < more.length; i += 2) {
            claims.put(more[i], more[i + 1]);
        }
        return new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT_ID), claims, 3600L);
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /** Keeps cookies like a browser; redirects are followed by the test, one at a time. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String uri) throws IOException, InterruptedException {
            return get(URI.create(uri));
        }

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** From the provider's authorization endpoint (which signs the person in at once) back to us. */
        HttpResponse<String> complete(URI authorize, DefaultOAuth2TokenCallback claims)
                throws IOException, InterruptedException {
            PROVIDER.enqueueCallback(claims);
            HttpResponse<String> atProvider = get(authorize);
            assertThat(atProvider.statusCode()).as(atProvider.body()).isEqualTo(302);
            return get(atProvider.headers().firstValue("Location").orElseThrow());
        }

        HttpResponse<String> signIn(String provider, DefaultOAuth2TokenCallback claims)
                throws IOException, InterruptedException {
            HttpResponse<String> started = get(url("/api/v1/auth/" + provider + "/login"));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
            return complete(URI.create(started.headers().firstValue("Location").orElseThrow()), claims);
        }
    }
}
