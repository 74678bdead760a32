package com.customerplatform.identity.adapter.out.security;

import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.actor.Permission;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.UnsupportedJwtException;
import io.jsonwebtoken.security.Jwks;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * RS256-signed access tokens built and checked with jjwt. A presented token must carry a known
 * {@code kid}, a valid RS256 signature, this platform's {@code iss} and {@code aud},
 * {@code typ: access}, and be within {@code nbf}/{@code exp} give or take the clock skew.
 */
public class JjwtAccessTokens implements AccessTokens {

    static final String ALGORITHM = "RS256";
    static final String TYPE_CLAIM = "typ";
    static final String ACCESS_TYPE = "access";

    private final SigningKeys keys;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Duration clockSkew;
    private final Clock clock;
    private final JwtParser parser;

    public JjwtAccessTokens(
            SigningKeys keys, String issuer, String audience, Duration lifetime, Duration clockSkew, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clockSkew = clockSkew;
        this.clock = clock;
        this.parser = Jwts.parser()
                .keyLocator(new LocatorAdapter<>() {
                    @Override
                    protected Key locate(JwsHeader header) {
                        return keys.verificationKey(header.getKeyId())
                                .orElseThrow(() -> new UnsupportedJwtException("unknown key id"));
                    }
                })
                .requireIssuer(issuer)
                .requireAudience(audience)
                .require(TYPE_CLAIM, ACCESS_TYPE)
                .clockSkewSeconds(clockSkew.toSeconds())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    @Override
    public IssuedAccessToken issue(User user, CompanyInfo company, UUID sessionId) {
        Instant now = clock.instant();
        SigningKeys.SigningKey key = keys.current();
        JwtBuilder token = Jwts.builder()
                .header()
                .keyId(key.id())
                .and()
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .subject(user.uuid().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .notBefore(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .claim(TYPE_CLAIM, ACCESS_TYPE)
                .claim("sid", sessionId.toString())
                .claim("role", user.role().code())
                .claim(
                        "permissions",
                        user.permissions().stream().map(Permission::toString).toList())
                .claim("superuser", user.superuser());
        if (company != null) {
            token.claim("company_id", company.companyId())
                    .claim("company_uuid", company.uuid().toString());
        }
        return new IssuedAccessToken(
                token.signWith(key.privateKey(), Jwts.SIG.RS256).compact(), lifetime);
    }

    @Override
    public Optional<VerifiedAccessToken> verify(String token) {
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Claims claims = jws.getPayload();
            String companyUuid = claims.get("company_uuid", String.class);
            Set<Permission> permissions = ((Collection<?>) claims.get("permissions", List.class))
                    .stream().map(String::valueOf).map(Permission::of).collect(Collectors.toSet());
            Actor actor = new Actor(
                    UUID.fromString(claims.getSubject()),
                    claims.get("company_id", String.class),
                    companyUuid == null ? null : UUID.fromString(companyUuid),
                    claims.get("role", String.class),
                    permissions,
                    Boolean.TRUE.equals(claims.get("superuser", Boolean.class)),
                    UUID.fromString(claims.get("sid", String.class)));
            return Optional.of(new VerifiedAccessToken(
                    actor, claims.getId(), claims.getExpiration().toInstant().plus(clockSkew)));
        } catch (JwtException | IllegalArgumentException | NullPointerException | ClassCastException rejected) {
            return Optional.empty();
        }
    }

    @Override
    public List<Map<String, ?>> publicKeys() {
        return keys.verificationKeys().stream()
                .<Map<String, ?>>map(entry -> Jwks.builder()
                        .key((RSAPublicKey) entry.getValue())
                        .id(entry.getKey())
                        .algorithm(ALGORITHM)
                        .publicKeyUse("sig")
                        .build())
                .toList();
    }
}
