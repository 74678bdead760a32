package com.customerplatform.identity.adapter.in.web.oidc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/** For a single instance without Redis ({@code platform.redis.mode=IN_PROCESS}). */
public class InProcessPendingAuthorizationStore implements PendingAuthorizationStore {

    /** A bound on what unfinished sign-ins may hold: about 2 KiB each. */
    private static final int MAXIMUM_PENDING = 10_000;

    private final Cache<String, String> pending;

    public InProcessPendingAuthorizationStore(Duration lifetime) {
        this.pending = Caffeine.newBuilder()
                .expireAfterWrite(lifetime)
                .maximumSize(MAXIMUM_PENDING)
                .build();
    }

    @Override
    public void put(String state, String authorization) {
        pending.put(state, authorization);
    }

    @Override
    public Optional<String> take(String state) {
        return Optional.ofNullable(pending.asMap().remove(state));
    }
}
