package com.customerplatform.identity.adapter.out.security;

import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.domain.user.User;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers the tokens it has verified, so a client that sends the same access token with every
 * request pays for the RS256 signature check once (profiling put token verification at a third of
 * a simple read's CPU). A remembered token is still refused once it is no longer valid; revocation
 * is checked by the caller on every request, cached or not. Rejected tokens are never remembered,
 * so garbage cannot fill the cache.
 */
public class CachingAccessTokens implements AccessTokens {

    private final AccessTokens delegate;
    private final Clock clock;
    private final Cache<String, VerifiedAccessToken> verified;

    public CachingAccessTokens(AccessTokens delegate, Clock clock, int capacity, Duration lifetime) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(lifetime)
                .build();
    }

    @Override
    public IssuedAccessToken issue(User user, CompanyInfo company, UUID sessionId) {
        return delegate.issue(user, company, sessionId);
    }

    @Override
    public Optional<VerifiedAccessToken> verify(String token) {
        VerifiedAccessToken known = verified.getIfPresent(token);
        if (known != null) {
            if (known.validUntil().isAfter(clock.instant())) {
                return Optional.of(known);
            }
            verified.invalidate(token);
            return Optional.empty();
        }
        Optional<VerifiedAccessToken> fresh = delegate.verify(token);
        fresh.ifPresent(result -> verified.put(token, result));
        return fresh;
    }

    @Override
    public List<Map<String, ?>> publicKeys() {
        return delegate.publicKeys();
    }
}
