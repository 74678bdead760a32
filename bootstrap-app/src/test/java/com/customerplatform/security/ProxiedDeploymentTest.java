package com.customerplatform.security;

import com.customerplatform.PlatformIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The service as deployed for browsers: behind a TLS-terminating proxy that it trusts for
 * {@code X-Forwarded-*} ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}) and with an allow-list
 * in {@code CORS_ORIGINS}. Subclasses share this one application context.
 */
@TestPropertySource(
        properties = {
            "server.forward-headers-strategy=native",
            "platform.cors.allowed-origins=" + ProxiedDeploymentTest.ALLOWED_ORIGINS
        })
public abstract class ProxiedDeploymentTest extends PlatformIntegrationTest {

    /** An exact origin, and a pattern for any subdomain of one host, as operators would write them. */
    static final String ALLOWED_ORIGINS = "https://app.example.com, https://*.admin.example.com";
}
