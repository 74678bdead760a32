package com.customerplatform.identity.config;

import com.customerplatform.identity.adapter.out.revocation.TrackedRevokedSessions;
import com.customerplatform.identity.adapter.out.security.ThrottleLimits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module ({@code platform.identity.*}); the README lists the environment
 * variables that set them.
 *
 * @param bcryptCost bcrypt work factor (at least 12 in production)
 * @param sessionLifetime how long a session (and its refresh tokens) lives without a new login
 * @param loginThrottle failed sign-ins allowed per account and per client address within a window
 * @param oidc external OpenID Connect providers people may sign in with
 * @param revocationMaxDelay with Redis, how late a revocation may reach an instance whose connection
 *     to Redis failed without it noticing (ADR 0007); zero: every request asks Redis
 */
@ConfigurationProperties("platform.identity")
public record IdentityProperties(
        Jwt jwt,
        int bcryptCost,
        Duration sessionLifetime,
        BootstrapAdmin bootstrapAdmin,
        ThrottleLimits loginThrottle,
        Oidc oidc,
        Duration revocationMaxDelay) {

    public IdentityProperties {
        oidc = oidc == null ? new Oidc(Map.of(), List.of()) : oidc;
        revocationMaxDelay = revocationMaxDelay == null ? Duration.ZERO : revocationMaxDelay;
        if (!revocationMaxDelay.isZero()
                && revocationMaxDelay.compareTo(TrackedRevokedSessions.SHORTEST_MAX_DELAY) < 0) {
            throw new IllegalArgumentException("platform.identity.revocation-max-delay must be 0s or at least "
                    + TrackedRevokedSessions.SHORTEST_MAX_DELAY + ", was " + revocationMaxDelay);
        }
    }

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

    /**
     * @param providers by name, the {@code {provider}} of {@code /api/v1/auth/{provider}/login}
     * @param returnUrls the front-end pages an external sign-in may end on ({@code return_to}):
     *     absolute http(s) URLs without a fragment, matched exactly
     */
    public record Oidc(Map<String, Provider> providers, List<String> returnUrls) {

        private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,50}");

        public Oidc {
            returnUrls = returnUrls == null ? List.of() : List.copyOf(returnUrls);
            returnUrls.forEach(url -> {
                if (!url.matches("https?://[^#\\s]+")) {
                    throw new IllegalArgumentException("platform.identity.oidc.return-urls: " + url
                            + " must be an absolute http(s) URL without a fragment");
                }
            });
            providers = providers == null ? Map.of() : Map.copyOf(providers);
            providers.forEach((name, provider) -> {
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException(
                            "platform.identity.oidc.providers: name " + name + " must be 1-50 of a-z, 0-9 and -");
                }
                provider.requireComplete(name);
            });
        }
    }

    /**
     * One provider. Register {@code <base URL>/api/v1/auth/<name>/callback} with it as the redirect URI.
     *
     * @param issuerUri its issuer; its metadata is read from {@code <issuer>/.well-known/openid-configuration}
     * @param scopes asked for; {@code openid email profile} by default
     * @param allowedCompanies keys of the companies whose users may sign in with it, or {@code *}
     * @param provisionCompany where people without an account get one as {@code customer}; unset: nobody
     */
    public record Provider(
            String issuerUri,
            String clientId,
            String clientSecret,
            List<String> scopes,
            Set<String> allowedCompanies,
            String provisionCompany) {

        public Provider {
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "email", "profile") : List.copyOf(scopes);
            allowedCompanies = allowedCompanies == null ? Set.of() : Set.copyOf(allowedCompanies);
        }

        void requireComplete(String name) {
            if (issuerUri == null || issuerUri.isBlank() || clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException(
                        "platform.identity.oidc.providers." + name + ": issuer-uri and client-id are required");
            }
            if (!scopes.contains("openid")) {
                throw new IllegalArgumentException(
                        "platform.identity.oidc.providers." + name + ": scopes must include openid");
            }
        }
    }

    public record BootstrapAdmin(String username, String email, String password) {}
}
