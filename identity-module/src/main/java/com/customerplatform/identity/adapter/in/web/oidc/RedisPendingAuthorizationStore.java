package com.customerplatform.identity.adapter.in.web.oidc;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/** In Redis under {@code identity:oidc:pending:<state>}, expiring by themselves. */
public class RedisPendingAuthorizationStore implements PendingAuthorizationStore {

    private static final String KEY = "identity:oidc:pending:";

    private final StringRedisTemplate redis;
    private final Duration lifetime;

    public RedisPendingAuthorizationStore(StringRedisTemplate redis, Duration lifetime) {
        this.redis = redis;
        this.lifetime = lifetime;
    }

    @Override
    public void put(String state, String authorization) {
        redis.opsForValue().set(KEY + state, authorization, lifetime);
    }

    /** GETDEL: two callbacks with the same state cannot both get it. */
    @Override
    public Optional<String> take(String state) {
        return Optional.ofNullable(redis.opsForValue().getAndDelete(KEY + state));
    }
}
