package com.customerplatform.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.sharedkernel.rate.Rate;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances counting one caller against the same allowance in Redis (a database index of its
 * own): a large allowance may be exceeded by the share each instance counts before it settles, a
 * small one never.
 */
class RequestRateLimiterTest {

    private final RedisClient first = RedisClient.create("redis://127.0.0.1:6379/6");
    private final RedisClient second = RedisClient.create("redis://127.0.0.1:6379/6");
    private final String caller = "user:" + UUID.randomUUID();

    @AfterEach
    void close() {
        first.shutdown();
        second.shutdown();
    }

    @Test
    void aLargeAllowanceIsExceededByAtMostOnePercentPerInstance() {
        RouteGroup group = new RouteGroup("api", List.of(), new Rate(1_000, Duration.ofHours(1)));

        long passed = alternately(group, 1_200);

        assertThat(passed).isBetween(1_000L, 1_000L + 2 * 10);
    }

    @Test
    void aSmallAllowanceIsCountedExactlyAcrossInstances() {
        RouteGroup group = new RouteGroup("sign-in", List.of(), new Rate(60, Duration.ofHours(1)));

        assertThat(alternately(group, 100)).isEqualTo(60);
    }

    private long alternately(RouteGroup group, int attempts) {
        List<RequestRateLimiter> instances =
                List.of(RequestRateLimiter.inRedis(first), RequestRateLimiter.inRedis(second));
        long passed = 0;
        for (int i = 0; i < attempts; i++) {
            if (instances.get(i % 2).tryConsume(group, caller).isConsumed()) {
                passed++;
            }
        }
        return passed;
    }
}
