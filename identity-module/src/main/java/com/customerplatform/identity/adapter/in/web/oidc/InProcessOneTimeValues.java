package com.customerplatform.identity.adapter.in.web.oidc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Optional;

/** For a single instance without Redis ({@code platform.redis.mode=IN_PROCESS}). */
public class InProcessOneTimeValues implements OneTimeValues {

    /** A bound on what unfinished sign-ins may hold: about 2 KiB each. */
    private static final int MAXIMUM = 10_000;

    private record Expiring(String value, Duration lifetime) {}

    private final Cache<String, Expiring> values = Caffeine.newBuilder()
            .expireAfter(Expiry.<String, Expiring>creating((key, value) -> value.lifetime()))
            .maximumSize(MAXIMUM)
            .build();

    @Override
    public void put(String key, String value, Duration lifetime) {
        values.put(key, new Expiring(value, lifetime));
    }

    @Override
    public Optional<String> take(String key) {
        return Optional.ofNullable(values.asMap().remove(key)).map(Expiring::value);
    }
}
