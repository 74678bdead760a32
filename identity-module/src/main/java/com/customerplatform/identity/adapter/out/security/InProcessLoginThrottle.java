package com.customerplatform.identity.adapter.out.security;

import com.customerplatform.identity.application.port.out.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Failed sign-in counters in this process: correct for a single instance without Redis. */
public class InProcessLoginThrottle implements LoginThrottle {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final ThrottleLimits limits;
    private final Clock clock;

    public InProcessLoginThrottle(ThrottleLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> lockedFor(String account, String clientAddress) {
        Instant now = clock.instant();
        return remaining("account:" + account, limits.maxFailuresPerAccount(), now)
                .or(() -> remaining("address:" + clientAddress, limits.maxFailuresPerAddress(), now));
    }

    @Override
    public void recordFailure(String account, String clientAddress) {
        Instant now = clock.instant();
        windows.values().removeIf(window -> window.endsAt().isBefore(now));
        count("account:" + account, now);
        count("address:" + clientAddress, now);
    }

    @Override
    public void reset(String account) {
        windows.remove("account:" + account);
    }

    private void count(String key, Instant now) {
        windows.compute(
                key,
                (k, window) -> window == null || !window.endsAt().isAfter(now)
                        ? new Window(1, now.plus(limits.window()))
                        : new Window(window.failures() + 1, window.endsAt()));
    }

    private Optional<Duration> remaining(String key, int limit, Instant now) {
        Window window = windows.get(key);
        if (window == null || window.failures() < limit || !window.endsAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.endsAt()));
    }

    private record Window(int failures, Instant endsAt) {}
}
