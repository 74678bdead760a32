package com.customerplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

/**
 * The readings of {@code CORS_ORIGINS} that need no running service (CorsTest covers the HTTP
 * side): an empty value allows nobody — it used to fall back to the registration's allow-all
 * default — and no reading ever allows credentials.
 */
class CorsConfigurationTest {

    @Test
    void anEmptyValueAllowsNoOrigin() {
        for (String empty : new String[] {"", " ", ",", " , "}) {
            org.springframework.web.cors.CorsConfiguration policy = policy(empty);

            assertThat(policy.checkOrigin("https://app.example.com"))
                    .as("'%s'", empty)
                    .isNull();
            assertThat(policy.checkOrigin("null")).as("'%s'", empty).isNull();
        }
    }

    @Test
    void theStarIsAnsweredLiterallyAndNeverWithCredentials() {
        org.springframework.web.cors.CorsConfiguration policy = policy("*");

        assertThat(policy.checkOrigin("https://anyone.example")).isEqualTo("*");
        assertThat(policy.getAllowCredentials()).isFalse();
    }

    @Test
    void listsAndPatternsAdmitExactlyTheirOrigins() {
        org.springframework.web.cors.CorsConfiguration policy =
                policy(" https://app.example.com ,https://*.admin.example.com,");

        assertThat(policy.checkOrigin("https://app.example.com")).isEqualTo("https://app.example.com");
        assertThat(policy.checkOrigin("https://eu.admin.example.com")).isEqualTo("https://eu.admin.example.com");
        assertThat(policy.checkOrigin("https://other.example.com")).isNull();
        assertThat(policy.checkOrigin("http://app.example.com")).isNull();
        assertThat(policy.getAllowCredentials()).isFalse();
    }

    private static org.springframework.web.cors.CorsConfiguration policy(String allowedOrigins) {
        ExposedRegistry registry = new ExposedRegistry();
        new CorsConfiguration(allowedOrigins).addCorsMappings(registry);
        return registry.configurations().get("/**");
    }

    /** The registry's configurations are protected; the MVC handler mappings read them the same way. */
    private static final class ExposedRegistry extends CorsRegistry {
        Map<String, org.springframework.web.cors.CorsConfiguration> configurations() {
            return getCorsConfigurations();
        }
    }
}
