package com.customerplatform.identity.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InProcessLoginThrottleTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    final InProcessLoginThrottle throttle =
            new InProcessLoginThrottle(new ThrottleLimits(3, 5, Duration.ofMinutes(15)), clock);

    @Test
    void anAccountIsLockedAfterTheLimitUntilItsWindowEnds() {
        fail("user:ana", "10.0.0.1", 2);
        assertThat(throttle.lockedFor("user:ana", "10.0.0.1")).isEmpty();

        fail("user:ana", "10.0.0.2", 1);
        assertThat(throttle.lockedFor("user:ana", "10.0.0.9")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("user:bob", "10.0.0.9"))
                .as("other accounts")
                .isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("user:ana", "10.0.0.9")).contains(Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("user:ana", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressIsLockedAfterItsLimitAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            fail("login:guess" + i, "10.0.0.66", 1);
        }

        assertThat(throttle.lockedFor("user:anyone", "10.0.0.66")).isPresent();
        assertThat(throttle.lockedFor("user:anyone", "10.0.0.67")).isEmpty();
    }

    @Test
    void aResetClearsTheAccountCounter() {
        fail("user:ana", "10.0.0.1", 2);
        throttle.reset("user:ana");
        fail("user:ana", "10.0.0.1", 2);

        assertThat(throttle.lockedFor("user:ana", "10.0.0.1")).isEmpty();
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(account, address);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
