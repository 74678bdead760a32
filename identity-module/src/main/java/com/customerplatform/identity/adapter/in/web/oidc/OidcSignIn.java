package com.customerplatform.identity.adapter.in.web.oidc;

import com.customerplatform.identity.domain.external.ExternalAccount;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Set;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * The OpenID Connect authorization code flow, done by Spring Security's OAuth2 client parts but
 * without its filters or an HTTP session: {@link #start} sends the browser to the provider with
 * state, nonce and a PKCE challenge; {@link #resume} matches the provider's answer to the pending
 * request (state and browser), and {@link #verify} checks it (the code exchanged with the PKCE
 * verifier, the ID token's signature, issuer, audience, expiry and nonce) and says who signed in.
 */
public class OidcSignIn {

    public static final String EXTERNAL_SIGN_IN_FAILED = "EXTERNAL_SIGN_IN_FAILED";

    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(5);
    private static final String RETURN_TO = "return_to";

    private final OidcProviders providers;
    private final PendingAuthorizations pending;
    private final Set<String> returnUrls;
    private final DefaultOAuth2AuthorizationRequestResolver requests;
    /**
     * Built on the first external sign-in: the token client's constructor first builds a default
     * HTTP client it is never used with, which loads the JDK's trusted certificates (0.15 s of every
     * start-up, for a service that may have no provider configured).
     */
    private final SingletonSupplier<OidcAuthorizationCodeAuthenticationProvider> verifier = SingletonSupplier.of(
            () -> new OidcAuthorizationCodeAuthenticationProvider(tokenClient(), new OidcUserService()));

    /**
     * @param returnUrls the front-end pages a sign-in may end on (exact URLs)
     */
    public OidcSignIn(OidcProviders providers, PendingAuthorizations pending, Set<String> returnUrls) {
        this.providers = providers;
        this.pending = pending;
        this.returnUrls = Set.copyOf(returnUrls);
        // PKCE (S256) and, for the openid scope, a nonce are part of every request by default.
        this.requests = new DefaultOAuth2AuthorizationRequestResolver(providers, "/api/v1/auth");
    }

    /**
     * @param returnTo the front-end page to end on, one of the configured return URLs; {@code null}:
     *     the callback answers with the tokens itself
     * @return where to send the browser: the provider's authorization endpoint
     */
    public String start(String provider, String returnTo, HttpServletRequest request, HttpServletResponse response) {
        ClientRegistration registration = providers.require(provider);
        if (returnTo != null && !returnUrls.contains(returnTo)) {
            throw InvalidInputException.of(RETURN_TO, "is not one of the configured return URLs");
        }
        OAuth2AuthorizationRequest resolved = requests.resolve(request, registration.getRegistrationId());
        OAuth2AuthorizationRequest authorization = returnTo == null
                ? resolved
                : OAuth2AuthorizationRequest.from(resolved)
                        .attributes(attributes -> attributes.put(RETURN_TO, returnTo))
                        .build();
        pending.save(authorization, request, response);
        return authorization.getAuthorizationRequestUri();
    }

    /**
     * A sign-in this browser started, back from the provider, not yet verified.
     *
     * @param returnTo the front-end page given at the start, or {@code null}
     */
    public record Resumed(ClientRegistration registration, OAuth2AuthorizationRequest authorization, String returnTo) {}

    /**
     * Matches the callback to the sign-in this browser started (its state and the browser's cookie),
     * which also makes the sign-in's front-end page trustworthy: it comes from the pending request.
     *
     * @throws AuthenticationFailedException {@code EXTERNAL_SIGN_IN_FAILED} for a callback this
     *     browser did not start: a forged or replayed state, another browser, an expired sign-in
     */
    public Resumed resume(String provider, HttpServletRequest request, HttpServletResponse response) {
        ClientRegistration registration = providers.require(provider);
        OAuth2AuthorizationRequest authorization = pending.take(request, response)
                .filter(started -> provider.equals(started.getAttribute(OAuth2ParameterNames.REGISTRATION_ID)))
                .orElseThrow(() -> failed(
                        provider,
                        "this sign-in was not started in this browser, was already completed or took longer than "
                                + PendingAuthorizations.LIFETIME.toMinutes() + " minutes"));
        return new Resumed(registration, authorization, authorization.getAttribute(RETURN_TO));
    }

    /**
     * Says who signed in: exchanges the code with the PKCE verifier and checks the ID token.
     *
     * @throws AuthenticationFailedException {@code EXTERNAL_SIGN_IN_FAILED} for an error from the
     *     provider (the person cancelled, say) or an answer that does not verify
     */
    public ExternalAccount verify(Resumed resumed, HttpServletRequest request) {
        ClientRegistration registration = resumed.registration();
        OAuth2AuthorizationRequest authorization = resumed.authorization();
        OAuth2AuthorizationResponse answer = answer(request, authorization.getRedirectUri());
        OidcUser user;
        try {
            OAuth2LoginAuthenticationToken verified = (OAuth2LoginAuthenticationToken) verifier.obtain()
                    .authenticate(new OAuth2LoginAuthenticationToken(
                            registration, new OAuth2AuthorizationExchange(authorization, answer)));
            user = (OidcUser) verified.getPrincipal();
        } catch (OAuth2AuthenticationException refused) {
            throw failed(
                    registration.getRegistrationId(),
                    "the provider's answer was refused (" + refused.getError().getErrorCode() + ")");
        }
        return new ExternalAccount(
                registration.getRegistrationId(),
                user.getSubject(),
                user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()),
                user.getGivenName(),
                user.getFamilyName());
    }

    private static OAuth2AuthorizationResponse answer(HttpServletRequest request, String redirectUri) {
        String code = request.getParameter(OAuth2ParameterNames.CODE);
        String error = request.getParameter(OAuth2ParameterNames.ERROR);
        OAuth2AuthorizationResponse.Builder answer = code != null
                ? OAuth2AuthorizationResponse.success(code)
                : OAuth2AuthorizationResponse.error(error == null ? "no_code" : error)
                        .errorDescription(request.getParameter(OAuth2ParameterNames.ERROR_DESCRIPTION));
        return answer.redirectUri(redirectUri)
                .state(request.getParameter(OAuth2ParameterNames.STATE))
                .build();
    }

    private static AuthenticationFailedException failed(String provider, String why) {
        return new AuthenticationFailedException(
                EXTERNAL_SIGN_IN_FAILED, "Sign-in with " + provider + " failed: " + why);
    }

    /** Spring's token client with time limits: a provider that hangs must not hold a request thread. */
    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(PROVIDER_TIMEOUT);
        timeouts.setReadTimeout(PROVIDER_TIMEOUT);
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(timeouts)
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }
}
