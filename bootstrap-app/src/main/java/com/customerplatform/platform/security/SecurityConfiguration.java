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
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /api/**} and {@code /v1/**} endpoint needs a bearer access token, except sign-in
 * and token refresh. Operations endpoints, the OpenAPI document, Swagger UI and the JWKS are
 * public; any other path is left to the dispatcher (so unknown routes answer 404, not 401).
 * Stateless: no HTTP session, no CSRF token (no cookies are used).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

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

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityApi identity, ProblemAuthenticationEntryPoint problems)
            throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenAuthenticationFilter(identity, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/refresh")
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
