package com.customerplatform.identity.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.identity.adapter.out.security.InProcessLoginThrottleTest.MutableClock;
import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.actor.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CachingAccessTokensTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    final CountingTokens delegate = new CountingTokens(clock.instant().plusSeconds(60));
    final CachingAccessTokens tokens = new CachingAccessTokens(delegate, clock, 100, Duration.ofMinutes(15));

    @Test
    void aTokenIsVerifiedOnceAndRememberedWhileValid() {
        Optional<AccessTokens.VerifiedAccessToken> first = tokens.verify("good");
        Optional<AccessTokens.VerifiedAccessToken> second = tokens.verify("good");

        assertThat(first).isPresent();
        assertThat(second).isEqualTo(first);
        assertThat(delegate.verifications).isEqualTo(1);
    }

    @Test
    void aRememberedTokenIsRefusedFromItsValidUntil() {
        tokens.verify("good");
        clock.advance(Duration.ofSeconds(59));
        assertThat(tokens.verify("good")).isPresent();

        clock.advance(Duration.ofSeconds(1));

        assertThat(tokens.verify("good")).isEmpty();
        assertThat(delegate.verifications).isEqualTo(1);
    }

    @Test
    void rejectedTokensAreAskedAgainEachTime() {
        assertThat(tokens.verify("forged")).isEmpty();
        assertThat(tokens.verify("forged")).isEmpty();

        assertThat(delegate.verifications).isEqualTo(2);
    }

    /** Accepts only the token "good", valid until the given instant, and counts verifications. */
    static final class CountingTokens implements AccessTokens {

        final Instant validUntil;
        int verifications;

        CountingTokens(Instant validUntil) {
            this.validUntil = validUntil;
        }

        @Override
        public Optional<VerifiedAccessToken> verify(String token) {
            verifications++;
            if (!token.equals("good")) {
                return Optional.empty();
            }
            Actor actor = new Actor(UUID.randomUUID(), null, null, "viewer", Set.of(), false, UUID.randomUUID());
            return Optional.of(new VerifiedAccessToken(actor, "jti", validUntil));
        }

        @Override
        public IssuedAccessToken issue(User user, CompanyInfo company, UUID sessionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Map<String, ?>> publicKeys() {
            return List.of();
        }
    }
}
