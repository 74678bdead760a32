package com.customerplatform.customer.application.port.out;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** How often one customer profile may be patched ({@code CUSTOMER_PATCH_RATE}), across every instance. */
public interface PatchRateLimiter {

    /** Takes one permit; empty if granted, otherwise how long until the next one. */
    Optional<Duration> tryAcquire(UUID customerId);
}
