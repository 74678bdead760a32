package com.customerplatform.identity.adapter.in.web.oidc;

import java.util.Optional;

/**
 * Sign-ins sent to a provider and not yet back, by their {@code state}: shared by all instances
 * (Redis) so the provider may send the browser back to any of them.
 */
public interface PendingAuthorizationStore {

    /** Kept for the store's lifetime, then forgotten. */
    void put(String state, String authorization);

    /** Removes and returns it: a state is good for one callback only. */
    Optional<String> take(String state);
}
