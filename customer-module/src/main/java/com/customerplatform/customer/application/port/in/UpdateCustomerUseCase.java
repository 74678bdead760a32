package com.customerplatform.customer.application.port.in;

import com.customerplatform.customer.domain.Customer;
import com.customerplatform.sharedkernel.actor.Actor;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a patch (JSON Patch or merge patch, decided by the caller) to a profile as a whole: all
 * of it or nothing. Only {@code full_name}, {@code email}, {@code phone}, {@code gender},
 * {@code avatar_url} and {@code tags} (names) may change; the result is validated like a new profile.
 */
public interface UpdateCustomerUseCase {

    Customer patch(Actor actor, UUID customerId, ProfilePatch patch);

    /** Turns the profile as a JSON-like map into the patched one. */
    @FunctionalInterface
    interface ProfilePatch {
        Map<String, Object> applyTo(Map<String, Object> profile);
    }
}
