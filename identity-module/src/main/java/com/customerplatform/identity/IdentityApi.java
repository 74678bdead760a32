package com.customerplatform.identity;

import com.customerplatform.sharedkernel.actor.Actor;
import java.util.Optional;

/** What other modules and the platform's security adapter may ask the identity module. */
public interface IdentityApi {

    /**
     * The caller an access token stands for, if the token is genuine, current, meant for this
     * platform, an access (not refresh) token, and its session is still live.
     */
    Optional<Actor> authenticate(String accessToken);
}
