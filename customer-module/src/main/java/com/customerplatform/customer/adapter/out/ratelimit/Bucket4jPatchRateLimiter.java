package com.customerplatform.customer.adapter.out.ratelimit;

import com.customerplatform.customer.application.port.out.PatchRateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.util.function.SingletonSupplier;

/**
 * Token buckets per customer with Bucket4j: in Redis (compare-and-swap, so every instance shares
 * one bucket) when configured, else in this process.
 */
public final class Bucket4jPatchRateLimiter implements PatchRateLimiter {

    private final Function<UUID, Bucket> buckets;

    private Bucket4jPatchRateLimiter(Function<UUID, Bucket> buckets) {
        this.buckets = buckets;
    }

    /** Its connection is opened on first use, and again after a failure: the service starts without Redis. */
    public static Bucket4jPatchRateLimiter inRedis(RedisClient redis, PatchRate rate) {
        SingletonSupplier<ProxyManager<byte[]>> proxies =
                SingletonSupplier.of(() -> Bucket4jLettuce.casBasedBuilder(redis)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)))
                        .build());
        return new Bucket4jPatchRateLimiter(customerId -> proxies.obtain()
                .getProxy(("customer:patch-rate:" + customerId).getBytes(StandardCharsets.UTF_8), rate::bucket));
    }

    public static Bucket4jPatchRateLimiter inProcess(PatchRate rate) {
        Map<UUID, Bucket> local = new ConcurrentHashMap<>();
        return new Bucket4jPatchRateLimiter(customerId -> local.computeIfAbsent(
                customerId, id -> Bucket.builder().addLimit(rate.bandwidth()).build()));
    }

    @Override
    public Optional<Duration> tryAcquire(UUID customerId) {
        ConsumptionProbe probe = buckets.apply(customerId).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
