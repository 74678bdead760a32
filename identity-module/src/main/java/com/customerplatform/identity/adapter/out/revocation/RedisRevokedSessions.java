package com.customerplatform.identity.adapter.out.revocation;

import com.customerplatform.identity.application.port.out.RevokedSessions;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Revoked sessions in Redis, shared by every instance; each key expires when the last access token
 * of its session has. A Redis failure propagates: revocation fails closed (the request is refused
 * rather than a possibly revoked token accepted).
 */
public class RedisRevokedSessions implements RevokedSessions {

    static final String KEY_PREFIX = "identity:revoked-session:";

    private final StringRedisTemplate redis;
    private final Duration retention;

    public RedisRevokedSessions(StringRedisTemplate redis, Duration retention) {
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public void revoke(UUID sessionId) {
        redis.opsForValue().set(KEY_PREFIX + sessionId, "1", retention);
    }

    @Override
    public boolean isRevoked(UUID sessionId) {
        return Boolean.TRUE.equals(redis.hasKey(KEY_PREFIX + sessionId));
    }

    /** The session a key under {@link #KEY_PREFIX} revokes; empty for any other key. */
    static Optional<UUID> sessionId(String key) {
        if (!key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(key.substring(KEY_PREFIX.length())));
        } catch (IllegalArgumentException notASession) {
            return Optional.empty();
        }
    }
}
