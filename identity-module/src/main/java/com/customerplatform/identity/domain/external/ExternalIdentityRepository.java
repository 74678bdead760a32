package com.customerplatform.identity.domain.external;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port of the links between users and their external accounts. */
public interface ExternalIdentityRepository {

    Optional<ExternalIdentity> find(String provider, String subject);

    /** The user's links, by provider name. */
    List<ExternalIdentity> findByUser(long userId);

    void link(ExternalIdentity identity);

    void recordSignIn(String provider, String subject, Instant when);

    /** @return whether the user had a link to that provider */
    boolean unlink(long userId, String provider);
}
