package com.customerplatform.identity.adapter.out.revocation;

import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.SetArgs;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revoked sessions in Redis, with the sessions this instance found not revoked remembered for as
 * long as Redis is seen to report every revocation to it (ADR 0007).
 *
 * <p>A dedicated connection has Redis push an invalidation for every write under
 * {@link RedisRevokedSessions#KEY_PREFIX} ({@code CLIENT TRACKING ON BCAST}, RESP3), which drops the
 * session from memory; a revocation made through this instance drops it at once. Every quarter of
 * {@code maxDelay} the connection writes a probe key of its own under a second tracked prefix and
 * then pings: Redis sends a connection what it pushes in order with its replies, so the probe's push
 * arriving before the answer to the ping proves that tracking is on and that every revocation made
 * until then has reached this instance. The remembered answers are used only within
 * {@code maxDelay} of such a proof and never once the connection is seen to drop; meanwhile, and
 * whenever Redis cannot push (RESP2, a proxy), each check asks Redis as {@link RedisRevokedSessions}
 * does, failing closed, and answers read meanwhile are not remembered: a revocation while tracking
 * was off would never be pushed.
 */
public class TrackedRevokedSessions implements RevokedSessions, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TrackedRevokedSessions.class);
    private static final String PROBE_PREFIX = "identity:revocation-probe:";
    /** A quarter of it is the heartbeat and its commands' time-out. */
    public static final Duration SHORTEST_MAX_DELAY = Duration.ofMillis(100);

    private final RedisRevokedSessions redis;
    private final RedisClient client;
    private final long maxDelayNanos;
    private final Duration heartbeat;
    private final String probeKey = PROBE_PREFIX + UUID.randomUUID();
    private final Cache<UUID, Boolean> notRevoked;
    /** Bumped by every invalidation, so that an answer read before one is not remembered after it. */
    private final AtomicLong invalidations = new AtomicLong();

    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("revocation-tracking").daemon().factory());
    private volatile long trustedUntil = System.nanoTime();
    private long distrustedAt = System.nanoTime();
    private volatile long probeSeenAt = System.nanoTime() - 1;
    private volatile boolean pushesSeen;
    private volatile boolean warnedNoPushes;
    private StatefulRedisConnection<String, String> tracking;

    /**
     * @param maxDelay how late a revocation may reach this instance when its tracking connection
     *     fails without being seen to (a network partition), at most
     * @param idle how long a session's answer is kept without being asked for
     */
    public TrackedRevokedSessions(RedisRevokedSessions redis, RedisClient client, Duration maxDelay, Duration idle) {
        if (maxDelay.compareTo(SHORTEST_MAX_DELAY) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least " + SHORTEST_MAX_DELAY + ", was " + maxDelay);
        }
        this.redis = redis;
        this.client = client;
        this.maxDelayNanos = maxDelay.toNanos();
        this.heartbeat = maxDelay.dividedBy(4);
        this.notRevoked = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterAccess(idle)
                .build();
    }

    /** Opens the tracking connection in the background: start-up neither waits for nor needs it. */
    public void start() {
        heartbeats.scheduleWithFixedDelay(this::heartbeat, 0, heartbeat.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void revoke(UUID sessionId) {
        redis.revoke(sessionId);
        forget(sessionId);
    }

    @Override
    public boolean isRevoked(UUID sessionId) {
        if (trusted() && notRevoked.getIfPresent(sessionId) != null) {
            return false;
        }
        boolean tracked = trusted();
        long seen = invalidations.get();
        boolean revoked = redis.isRevoked(sessionId);
        if (!revoked && tracked) {
            notRevoked.put(sessionId, Boolean.TRUE);
            if (invalidations.get() != seen) {
                // An invalidation (or a lapse of trust) came while Redis was asked: the answer may predate it.
                notRevoked.invalidate(sessionId);
            }
        }
        return revoked;
    }

    private boolean trusted() {
        return trustedUntil - System.nanoTime() > 0;
    }

    /** Scheduled by {@link #start()}; tests call it directly. */
    void heartbeat() {
        long sentAt = System.nanoTime();
        try {
            if (tracking == null) {
                tracking = connect();
                track(tracking);
            }
            tracking.sync().set(probeKey, "", SetArgs.Builder.px(heartbeat.multipliedBy(8)));
            // Redis pushes a connection's own write after its reply, and everything pushed to it
            // before the next reply: once the PING is answered, the probe's push has come or will not.
            tracking.sync().ping();
            if (probeSeenAt - sentAt >= 0) {
                trust(sentAt);
                return;
            }
            // The probe's push did not come: tracking is off on this connection
            // (Lettuce reconnected it without) or Redis cannot push to it.
            distrust();
            warnIfNeverPushed();
            track(tracking);
        } catch (RuntimeException unavailable) {
            distrust();
            log.debug("Revocation tracking unavailable: {}", unavailable.toString());
        }
    }

    /** Kept once open, also while tracking cannot be turned on: each heartbeat tries again on it. */
    private StatefulRedisConnection<String, String> connect() {
        StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8);
        connection.setTimeout(heartbeat);
        connection.addListener(this::onPush);
        connection.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                distrust();
            }
        });
        return connection;
    }

    private void track(StatefulRedisConnection<String, String> connection) {
        try {
            connection.sync().clientTracking(TrackingArgs.Builder.enabled(false));
            connection
                    .sync()
                    .clientTracking(
                            TrackingArgs.Builder.enabled().bcast().prefixes(RedisRevokedSessions.KEY_PREFIX, probeKey));
        } catch (RedisCommandExecutionException refused) {
            // Before Redis 6, or an ACL or a proxy without CLIENT TRACKING.
            warnIfNeverPushed();
        }
    }

    private void onPush(PushMessage message) {
        if (!"invalidate".equals(message.getType())) {
            return;
        }
        List<Object> content = message.getContent(StringCodec.UTF8::decodeKey);
        if (content.size() < 2 || !(content.get(1) instanceof List<?> keys)) {
            forgetAll(); // no keys: the database was flushed
            return;
        }
        for (Object key : keys) {
            String name = String.valueOf(key);
            if (name.equals(probeKey)) {
                probeSeenAt = System.nanoTime();
                pushesSeen = true;
            } else {
                RedisRevokedSessions.sessionId(name).ifPresentOrElse(this::forget, this::forgetAll);
            }
        }
    }

    private void forget(UUID sessionId) {
        invalidations.incrementAndGet();
        notRevoked.invalidate(sessionId);
    }

    private void forgetAll() {
        invalidations.incrementAndGet();
        notRevoked.invalidateAll();
    }

    /** Unless the connection was seen to drop since the probe was sent, which the probe cannot vouch for. */
    private synchronized void trust(long probeSentAt) {
        if (distrustedAt - probeSentAt < 0) {
            trustedUntil = probeSentAt + maxDelayNanos;
        }
    }

    private synchronized void distrust() {
        distrustedAt = System.nanoTime();
        trustedUntil = distrustedAt;
        forgetAll();
    }

    /** Once tracking has worked, a missing push means a reconnection, which the next heartbeat mends. */
    private void warnIfNeverPushed() {
        if (!pushesSeen && !warnedNoPushes) {
            warnedNoPushes = true;
            log.warn("Redis does not push invalidations to this instance (CLIENT TRACKING needs Redis 6 or later,"
                    + " RESP3 and the right to use it): each request asks Redis whether its session is"
                    + " revoked until it does");
        }
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        try {
            heartbeats.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (tracking != null) {
            tracking.close();
        }
    }
}
