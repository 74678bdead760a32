package com.customerplatform.platform.security;

import com.customerplatform.identity.IdentityApi;
import com.customerplatform.platform.web.Problems;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /api/**} and {@code /v1/**} endpoint needs a bearer access token, except sign-in
 * (password or external provider) and token refresh. Operations endpoints, the OpenAPI document, Swagger UI and the JWKS are
 * public; any other path is left to the dispatcher (so unknown routes answer 404, not 401).
 * Stateless: no HTTP session, no CSRF token (no cookies are used).
 *
 * <p>Response headers (docs/security.md#headers): {@code nosniff}, {@code X-Frame-Options: DENY},
 * {@code Referrer-Policy: no-referrer}, {@code Cache-Control: no-store} unless a controller chose
 * its own caching, HSTS on requests that arrived over TLS, and a Content-Security-Policy: the
 * strict one for everything but Swagger UI and the admin console, whose pages must load their own
 * scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    /** Nothing the API answers is meant to be rendered, framed or to load anything. */
    private static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Swagger UI loads only its own files and calls only this origin. Inline styles stay allowed
     * because its Markdown renderer writes {@code style} attributes (table alignment) into the page;
     * it needs no inline script and no {@code eval}.
     */
    private static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * The staff console (admin-console) loads only its own script, styles and images and calls only
     * this origin; its build has no inline code (its end-to-end walk fails on any CSP violation).
     */
    private static final String CONSOLE_CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";

    private static final RequestMatcher CONSOLE = RequestMatchers.anyOf(
            PathPatternRequestMatcher.pathPattern("/console"), PathPatternRequestMatcher.pathPattern("/console/**"));

    /** {@code /docs} redirects to springdoc's page and files under {@code /swagger-ui/}. */
    private static final RequestMatcher SWAGGER_UI = RequestMatchers.anyOf(
            PathPatternRequestMatcher.pathPattern("/docs"),
            PathPatternRequestMatcher.pathPattern("/docs/**"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui.html"));

    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(Problems problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    /**
     * HTTP server metrics already time every request; Spring Security's own observations wrapped
     * each of its filters and cost a measurable share of a simple read (docs/performance.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its header checks as loops ({@link HeaderCharacters}). */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedInName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedInValue);
        return firewall;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityApi identity, ProblemAuthenticationEntryPoint problems)
            throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // Spring Security's defaults stay on: nosniff, X-Frame-Options DENY, no-store (kept off
                // responses that set their own Cache-Control, e.g. avatars), HSTS when request.isSecure()
                // (behind a TLS proxy: SERVER_FORWARD_HEADERS_STRATEGY=native and X-Forwarded-Proto).
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                CONSOLE, new ContentSecurityPolicyHeaderWriter(CONSOLE_CONTENT_SECURITY_POLICY)))
                        // A controller's own, stricter policy (avatars) is kept: the writer only fills a gap.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                RequestMatchers.not(RequestMatchers.anyOf(SWAGGER_UI, CONSOLE)),
                                new ContentSecurityPolicyHeaderWriter(API_CONTENT_SECURITY_POLICY))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenAuthenticationFilter(identity, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/exchange")
                        .permitAll()
                        // External sign-in: the browser arrives without a token, to get one.
                        .requestMatchers(HttpMethod.GET, "/api/v1/auth/*/login", "/api/v1/auth/*/callback")
                        .permitAll()
                        // Avatar URLs are unguessable capabilities, fetched by <img> tags that send no token.
                        .requestMatchers(HttpMethod.GET, "/v1/customers/avatars/*")
                        .permitAll()
                        // Signed, expiring export links: the signature is the permission.
                        .requestMatchers(HttpMethod.GET, "/v1/customers/gdpr/exports/*")
                        .permitAll()
                        .requestMatchers("/api/**", "/v1/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
