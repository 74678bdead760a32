package com.customerplatform.identity.adapter.in.web.oidc;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization requests (state, nonce, PKCE verifier) of sign-ins under way, kept on the
 * server, not in an HTTP session. Each is bound to the browser that started it by a short-lived
 * cookie holding its state: a callback URL with a valid state is refused in any other browser, so
 * nobody can make a victim's browser complete a sign-in the attacker started (login CSRF).
 */
public class PendingAuthorizations {

    /** How long a person has to sign in at the provider. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    static final String COOKIE = "platform_sign_in";
    private static final String COOKIE_PATH = "/api/v1/auth";

    private static final String KEY = "pending:";

    private final OneTimeValues store;
    private final JsonMapper json;

    public PendingAuthorizations(OneTimeValues store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    void save(OAuth2AuthorizationRequest authorization, HttpServletRequest request, HttpServletResponse response) {
        String state = authorization.getState();
        store.put(KEY + state, json.writeValueAsString(Stored.of(authorization)), LIFETIME);
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(state, LIFETIME, request).toString());
    }

    /**
     * The sign-in this callback completes, once only, and only in the browser that started it.
     * Clears the cookie whatever the outcome.
     */
    Optional<OAuth2AuthorizationRequest> take(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString());
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        String bound = Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
        if (state == null || bound == null || !sameText(state, bound)) {
            return Optional.empty();
        }
        return store.take(KEY + state)
                .map(stored -> json.readValue(stored, Stored.class).toRequest());
    }

    private static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code SameSite=Lax}: sent on the provider's top-level redirect back, not on cross-site subrequests. */
    private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(COOKIE, value)
                .path(COOKIE_PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
    }

    /** What is kept of an authorization request: all of it, its secrets included, server-side only. */
    record Stored(
            String authorizationUri,
            String clientId,
            String redirectUri,
            Set<String> scopes,
            String state,
            Map<String, Object> additionalParameters,
            Map<String, Object> attributes,
            String authorizationRequestUri) {

        static Stored of(OAuth2AuthorizationRequest request) {
            return new Stored(
                    request.getAuthorizationUri(),
                    request.getClientId(),
                    request.getRedirectUri(),
                    request.getScopes(),
                    request.getState(),
                    request.getAdditionalParameters(),
                    request.getAttributes(),
                    request.getAuthorizationRequestUri());
        }

        OAuth2AuthorizationRequest toRequest() {
            return OAuth2AuthorizationRequest.authorizationCode()
                    .authorizationUri(authorizationUri)
                    .clientId(clientId)
                    .redirectUri(redirectUri)
                    .scopes(scopes)
                    .state(state)
                    .additionalParameters(additionalParameters)
                    .attributes(attributes)
                    .authorizationRequestUri(authorizationRequestUri)
                    .build();
        }
    }
}
