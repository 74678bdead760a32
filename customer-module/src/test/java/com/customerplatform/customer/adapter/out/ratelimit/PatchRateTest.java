package com.customerplatform.customer.adapter.out.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchRateTest {

    @Test
    void readsTheSeedsNotation() {
        assertThat(PatchRate.parse("5/minute")).isEqualTo(new PatchRate(5, Duration.ofMinutes(1)));
        assertThat(PatchRate.parse(" 100 / Hour ")).isEqualTo(new PatchRate(100, Duration.ofHours(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5/week", "0/minute", "-1/minute", "five/minute", ""})
    void refusesAnythingElse(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> PatchRate.parse(value));
    }

    @Test
    void anInProcessBucketGrantsThePermitsOfOnePeriodPerCustomer() {
        Bucket4jPatchRateLimiter limiter = Bucket4jPatchRateLimiter.inProcess(PatchRate.parse("3/minute"));
        UUID customer = UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(customer)).isEmpty();
        }
        assertThat(limiter.tryAcquire(customer))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(limiter.tryAcquire(UUID.randomUUID())).as("another customer").isEmpty();
    }
}
