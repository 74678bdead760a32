package com.customerplatform.identity.adapter.in.web.oidc;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/** In Redis under {@code identity:oidc:<key>}, expiring by themselves. */
public class RedisOneTimeValues implements OneTimeValues {

    private static final String PREFIX = "identity:oidc:";

    private final StringRedisTemplate redis;

    public RedisOneTimeValues(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void put(String key, String value, Duration lifetime) {
        redis.opsForValue().set(PREFIX + key, value, lifetime);
    }

    /** GETDEL: two requests with the same key cannot both get it. */
    @Override
    public Optional<String> take(String key) {
        return Optional.ofNullable(redis.opsForValue().getAndDelete(PREFIX + key));
    }
}
