package com.customerplatform.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Browsers may call the API from the origins in {@code CORS_ORIGINS} (comma-separated; {@code *}
 * for any, the seed's default). Exposes the headers clients read: the request id, paging and
 * rate-limit headers.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration implements WebMvcConfigurer {

    private final String[] allowedOrigins;

    CorsConfiguration(@Value("${platform.cors.allowed-origins:*}") String allowedOrigins) {
        this.allowedOrigins = StringUtils.commaDelimitedListToStringArray(allowedOrigins.replace(" ", ""));
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/**")
                .allowedOriginPatterns(allowedOrigins)
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
