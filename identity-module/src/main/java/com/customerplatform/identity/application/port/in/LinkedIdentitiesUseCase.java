package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.domain.external.ExternalIdentity;
import com.customerplatform.sharedkernel.actor.Actor;
import java.util.List;

/** The signed-in user's own links to external providers. */
public interface LinkedIdentitiesUseCase {

    List<ExternalIdentity> linkedIdentities(Actor actor);

    /** Removes the link to that provider; refused when it is the account's only way to sign in. */
    void unlink(Actor actor, String provider);
}
