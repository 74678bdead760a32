package com.customerplatform.platform.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Browsers may call the API from the origins in {@code CORS_ORIGINS}: comma-separated exact
 * origins ({@code https://app.example.com}), patterns ({@code https://*.example.com}), {@code *}
 * for any (the seed's default), or an empty value for none. Credentials (cookies, HTTP
 * authentication) are never allowed: the API authenticates with a bearer token the page sends
 * itself, so an allowed origin reads only what its own token may. Exposes the headers clients
 * read: the request id, paging and rate-limit headers.
 */
@Configuration(proxyBeanMethods = false)
class CorsPolicy {

    /**
     * Spring Security's {@code CorsFilter} applies it to every request, preflights included. A
     * source of its own rather than a Spring MVC mapping: from a mapping the filter gets the policy
     * by looking up the request's handler, a second lookup beside the dispatcher's on every request
     * (a tenth of a customer read's CPU, docs/performance.md).
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${platform.cors.allowed-origins:*}") String allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", policy(allowedOrigins));
        return source;
    }

    static CorsConfiguration policy(String allowedOrigins) {
        List<String> entries = Arrays.stream(StringUtils.commaDelimitedListToStringArray(allowedOrigins))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
        CorsConfiguration policy = new CorsConfiguration();
        // Always set, even when empty: nothing listed means no origin, never a default that allows all.
        // "*" alone stays a literal origin so responses say "*", which browsers never pair with credentials.
        policy.setAllowedOrigins(entries.stream()
                .filter(entry -> entry.equals("*") || !entry.contains("*"))
                .toList());
        policy.setAllowedOriginPatterns(entries.stream()
                .filter(entry -> !entry.equals("*") && entry.contains("*"))
                .toList());
        policy.setAllowCredentials(false);
        policy.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        policy.setAllowedHeaders(List.of("*"));
        policy.setExposedHeaders(List.of(
                "X-Request-ID",
                "X-Total-Count",
                "Link",
                "Location",
                "Retry-After",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset"));
        policy.setMaxAge(3600L);
        return policy;
    }
}
