package com.customerplatform.identity.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed sign-ins per account and per client address within a window; past the limit,
 * sign-in is refused until the window ends. Shared through Redis when configured.
 */
public interface LoginThrottle {

    /** How long sign-in stays refused for this account or address, if it is locked now. */
    Optional<Duration> lockedFor(String account, String clientAddress);

    void recordFailure(String account, String clientAddress);

    /** After a success, or when an admin unlocks the account. */
    void reset(String account);
}
