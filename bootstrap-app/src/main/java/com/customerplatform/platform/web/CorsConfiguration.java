package com.customerplatform.platform.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Browsers may call the API from the origins in {@code CORS_ORIGINS}: comma-separated exact
 * origins ({@code https://app.example.com}), patterns ({@code https://*.example.com}), {@code *}
 * for any (the seed's default), or an empty value for none. Credentials (cookies, HTTP
 * authentication) are never allowed: the API authenticates with a bearer token the page sends
 * itself, so an allowed origin reads only what its own token may. Exposes the headers clients
 * read: the request id, paging and rate-limit headers.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration implements WebMvcConfigurer {

    private final List<String> origins;
    private final List<String> originPatterns;

    CorsConfiguration(@Value("${platform.cors.allowed-origins:*}") String allowedOrigins) {
        List<String> entries = Arrays.stream(StringUtils.commaDelimitedListToStringArray(allowedOrigins))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
        // "*" alone stays a literal origin so responses say "*", which browsers never pair with credentials.
        this.origins = entries.stream()
                .filter(entry -> entry.equals("*") || !entry.contains("*"))
                .toList();
        this.originPatterns = entries.stream()
                .filter(entry -> !entry.equals("*") && entry.contains("*"))
                .toList();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/**")
                // Always set, even when empty: a registration starts out allowing every origin, so an
                // empty CORS_ORIGINS would otherwise have meant "*".
                .allowedOrigins(origins.toArray(String[]::new))
                .allowedOriginPatterns(originPatterns.toArray(String[]::new))
                .allowCredentials(false)
                .allowedMethods("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
                .allowedHeaders("*")
                .exposedHeaders(
                        "X-Request-ID",
                        "X-Total-Count",
                        "Link",
                        "Location",
                        "Retry-After",
                        "RateLimit-Limit",
                        "RateLimit-Remaining",
                        "RateLimit-Reset")
                .maxAge(3600);
    }
}
