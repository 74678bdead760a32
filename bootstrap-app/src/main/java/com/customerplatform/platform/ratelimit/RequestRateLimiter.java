package com.customerplatform.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * One token bucket per route group and caller (Bucket4j): in Redis when configured, so that every
 * instance counts against the same allowance, else in this process.
 */
final class RequestRateLimiter {

    private final BiFunction<RouteGroup, String, Bucket> buckets;

    private RequestRateLimiter(BiFunction<RouteGroup, String, Bucket> buckets) {
        this.buckets = buckets;
    }

    static RequestRateLimiter inRedis(RedisClient redis) {
        ProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(redis)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        return new RequestRateLimiter((group, caller) -> proxies.getProxy(
                ("platform:rate-limit:" + group.name() + ":" + caller).getBytes(StandardCharsets.UTF_8),
                group::bucket));
    }

    /**
     * Bounded, so that a stream of anonymous addresses cannot grow it without end; a caller whose
     * bucket was evicted starts afresh, which only ever allows more.
     */
    static RequestRateLimiter inProcess() {
        Cache<String, Bucket> local = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofDays(1))
                .build();
        return new RequestRateLimiter((group, caller) -> local.get(
                group.name() + ":" + caller,
                key -> Bucket.builder()
                        .addLimit(group.bucket().getBandwidths()[0])
                        .build()));
    }

    ConsumptionProbe tryConsume(RouteGroup group, String caller) {
        return buckets.apply(group, caller).tryConsumeAndReturnRemaining(1);
    }
}
