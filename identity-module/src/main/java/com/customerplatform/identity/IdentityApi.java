package com.customerplatform.identity;

import com.customerplatform.sharedkernel.actor.Actor;
import java.util.Optional;
import java.util.UUID;

/** What other modules and the platform's security adapter may ask the identity module. */
public interface IdentityApi {

    /**
     * The caller an access token stands for, if the token is genuine, current, meant for this
     * platform, an access (not refresh) token, and its session is still live.
     */
    Optional<Actor> authenticate(String accessToken);

    /** The account a customer profile is created from; empty if it no longer exists. */
    Optional<UserReference> findUser(UUID userId);

    /** What other modules may know of an account. */
    record UserReference(
            UUID userId, String username, String email, String firstName, String lastName, String companyId) {}
}
