package com.customerplatform.identity.config;

import com.customerplatform.identity.adapter.out.security.ThrottleLimits;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module ({@code platform.identity.*}); the README lists the environment
 * variables that set them.
 *
 * @param bcryptCost bcrypt work factor (at least 12 in production)
 * @param sessionLifetime how long a session (and its refresh tokens) lives without a new login
 * @param loginThrottle failed sign-ins allowed per account and per client address within a window
 */
@ConfigurationProperties("platform.identity")
public record IdentityProperties(
        Jwt jwt,
        int bcryptCost,
        Duration sessionLifetime,
        BootstrapAdmin bootstrapAdmin,
        ThrottleLimits loginThrottle) {

    /**
     * @param signingKey PKCS#8 PEM RSA private key; empty: a development key is generated at start-up
     * @param previousPublicKeys X.509 PEM public keys of earlier signing keys by key id, still trusted
     */
    public record Jwt(
            String issuer,
            String audience,
            Duration accessTokenLifetime,
            Duration clockSkew,
            String signingKey,
            String signingKeyId,
            Map<String, String> previousPublicKeys) {

        public Jwt {
            previousPublicKeys = previousPublicKeys == null ? Map.of() : previousPublicKeys;
        }
    }

    public record BootstrapAdmin(String username, String email, String password) {}
}
