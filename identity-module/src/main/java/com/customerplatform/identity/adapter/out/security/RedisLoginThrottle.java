package com.customerplatform.identity.adapter.out.security;

import com.customerplatform.identity.application.port.out.LoginThrottle;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Failed sign-in counters in Redis (INCR, expiring with the window), shared by every instance. */
public class RedisLoginThrottle implements LoginThrottle {

    private static final String PREFIX = "identity:login-failures:";

    private final StringRedisTemplate redis;
    private final ThrottleLimits limits;

    public RedisLoginThrottle(StringRedisTemplate redis, ThrottleLimits limits) {
        this.redis = redis;
        this.limits = limits;
    }

    @Override
    public Optional<Duration> lockedFor(String account, String clientAddress) {
        return remaining(PREFIX + "account:" + account, limits.maxFailuresPerAccount())
                .or(() -> remaining(PREFIX + "address:" + clientAddress, limits.maxFailuresPerAddress()));
    }

    @Override
    public void recordFailure(String account, String clientAddress) {
        count(PREFIX + "account:" + account);
        count(PREFIX + "address:" + clientAddress);
    }

    @Override
    public void reset(String account) {
        redis.delete(PREFIX + "account:" + account);
    }

    private void count(String key) {
        Long failures = redis.opsForValue().increment(key);
        if (failures != null && failures == 1) {
            redis.expire(key, limits.window());
        }
    }

    private Optional<Duration> remaining(String key, int limit) {
        String failures = redis.opsForValue().get(key);
        if (failures == null || Long.parseLong(failures) < limit) {
            return Optional.empty();
        }
        Long seconds = redis.getExpire(key, TimeUnit.SECONDS);
        return Optional.of(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
    }
}
