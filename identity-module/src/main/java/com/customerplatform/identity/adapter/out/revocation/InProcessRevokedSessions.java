package com.customerplatform.identity.adapter.out.revocation;

import com.customerplatform.identity.application.port.out.RevokedSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Revoked sessions in this process only: correct for a single instance without Redis. */
public class InProcessRevokedSessions implements RevokedSessions {

    private final Map<UUID, Instant> revokedUntil = new ConcurrentHashMap<>();
    private final Duration retention;
    private final Clock clock;

    /** @param retention how long an entry must be kept: the access-token lifetime plus clock skew */
    public InProcessRevokedSessions(Duration retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void revoke(UUID sessionId) {
        Instant now = clock.instant();
        revokedUntil.values().removeIf(until -> until.isBefore(now));
        revokedUntil.put(sessionId, now.plus(retention));
    }

    @Override
    public boolean isRevoked(UUID sessionId) {
        Instant until = revokedUntil.get(sessionId);
        return until != null && until.isAfter(clock.instant());
    }
}
