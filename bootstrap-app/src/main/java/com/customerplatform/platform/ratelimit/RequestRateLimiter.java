package com.customerplatform.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;
import org.springframework.util.function.SingletonSupplier;

/**
 * One token bucket per route group and caller (Bucket4j): in Redis when configured, so that every
 * instance counts against the same allowance, else in this process.
 *
 * <p>In Redis, a busy caller's requests are not each a round trip: each instance may count up to
 * 1 % of a group's allowance, for at most {@link #MAX_UNSYNCHRONIZED_TIME}, before it settles with
 * Redis (Bucket4j's delaying optimization). So a caller may exceed a limit by 1 % per instance; a
 * limit under 100 requests per period is always counted in Redis at once.
 */
final class RequestRateLimiter {

    static final Duration MAX_UNSYNCHRONIZED_TIME = Duration.ofMillis(250);
    private static final int UNSYNCHRONIZED_SHARE = 100;

    private final BiFunction<RouteGroup, String, Bucket> buckets;

    private RequestRateLimiter(BiFunction<RouteGroup, String, Bucket> buckets) {
        this.buckets = buckets;
    }

    /**
     * The proxies are kept, because each holds what its instance counted and not yet settled. Their
     * connection is opened on first use, and again after a failure: the service starts without Redis.
     */
    static RequestRateLimiter inRedis(RedisClient redis) {
        SingletonSupplier<ProxyManager<byte[]>> proxies =
                SingletonSupplier.of(() -> Bucket4jLettuce.casBasedBuilder(redis)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)))
                        .build());
        Cache<String, Bucket> remote = buckets(Duration.ofMinutes(10));
        return new RequestRateLimiter((group, caller) -> remote.get(group.name() + ":" + caller, key -> {
            long unsynchronized = group.limit().permits() / UNSYNCHRONIZED_SHARE;
            RemoteBucketBuilder<byte[]> bucket = proxies.obtain().builder();
            if (unsynchronized > 0) {
                bucket = bucket.withOptimization(
                        Optimizations.delaying(new DelayParameters(unsynchronized, MAX_UNSYNCHRONIZED_TIME)));
            }
            return bucket.build(("platform:rate-limit:" + key).getBytes(StandardCharsets.UTF_8), group::bucket);
        }));
    }

    static RequestRateLimiter inProcess() {
        Cache<String, Bucket> local = buckets(Duration.ofDays(1));
        return new RequestRateLimiter((group, caller) -> local.get(
                group.name() + ":" + caller,
                key -> Bucket.builder()
                        .addLimit(group.bucket().getBandwidths()[0])
                        .build()));
    }

    /**
     * Bounded, so that a stream of anonymous addresses cannot grow it without end; a caller whose
     * bucket was evicted starts afresh (or, in Redis, from what Redis holds), which only ever allows more.
     */
    private static Cache<String, Bucket> buckets(Duration idle) {
        return Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(idle)
                .build();
    }

    ConsumptionProbe tryConsume(RouteGroup group, String caller) {
        return buckets.apply(group, caller).tryConsumeAndReturnRemaining(1);
    }
}
