package com.customerplatform.identity.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in device or client: what a refresh token keeps alive and a logout ends. Access
 * tokens name their session ({@code sid}), so revoking it revokes them too.
 */
public record Session(UUID id, long userId, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public static Session start(long userId, Instant now, Duration lifetime) {
        return new Session(UUID.randomUUID(), userId, now, now.plus(lifetime), null);
    }

    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
