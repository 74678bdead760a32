package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.domain.external.ExternalIdentity;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What identity holds about a user, for the user's GDPR rights: its account, sessions and linked identities. */
public interface PersonalDataUseCase {

    /** The uuid of the user's company. */
    Optional<UUID> companyOf(UUID userUuid);

    Optional<Account> find(UUID userUuid);

    /**
     * Deletes the account with its sessions, refresh tokens and linked identities, its access tokens
     * revoked at once.
     *
     * @return records erased: the account, its sessions and its linked identities (0 for an unknown user)
     */
    int erase(UUID userUuid);

    record Account(User user, UUID companyUuid, List<Session> sessions, List<ExternalIdentity> linkedIdentities) {}
}
