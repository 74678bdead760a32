package com.customerplatform.identity.adapter.in.web.oidc;

import java.time.Duration;
import java.util.Optional;

/**
 * Values of a sign-in under way that are taken once, within their lifetime: the authorization
 * requests sent to providers (by state) and the tokens waiting for a front end (by hand-off code).
 * Shared by all instances (Redis), so the browser may come back to any of them.
 */
public interface OneTimeValues {

    void put(String key, String value, Duration lifetime);

    /** Removes and returns it: a second take of the same key finds nothing. */
    Optional<String> take(String key);
}
