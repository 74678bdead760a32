package com.customerplatform.platform.web;

import static com.customerplatform.platform.web.CorsPolicy.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The readings of {@code CORS_ORIGINS} that need no running service (CorsTest covers the HTTP
 * side): an empty value allows nobody — it used to fall back to Spring MVC's allow-all default for
 * a registration — and no reading ever allows credentials.
 */
class CorsPolicyTest {

    @Test
    void anEmptyValueAllowsNoOrigin() {
        for (String empty : new String[] {"", " ", ",", " , "}) {
            CorsConfiguration policy = policy(empty);

            assertThat(policy.checkOrigin("https://app.example.com"))
                    .as("'%s'", empty)
                    .isNull();
            assertThat(policy.checkOrigin("null")).as("'%s'", empty).isNull();
        }
    }

    @Test
    void theStarIsAnsweredLiterallyAndNeverWithCredentials() {
        CorsConfiguration policy = policy("*");

        assertThat(policy.checkOrigin("https://anyone.example")).isEqualTo("*");
        assertThat(policy.getAllowCredentials()).isFalse();
    }

    @Test
    void listsAndPatternsAdmitExactlyTheirOrigins() {
        CorsConfiguration policy = policy(" https://app.example.com ,https://*.admin.example.com,");

        assertThat(policy.checkOrigin("https://app.example.com")).isEqualTo("https://app.example.com");
        assertThat(policy.checkOrigin("https://eu.admin.example.com")).isEqualTo("https://eu.admin.example.com");
        assertThat(policy.checkOrigin("https://other.example.com")).isNull();
        assertThat(policy.checkOrigin("http://app.example.com")).isNull();
        assertThat(policy.getAllowCredentials()).isFalse();
    }
}
