package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.identity.events.UserDeletedIntegrationEvent;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;

/**
 * Removes an account for good: its live sessions are revoked (so its access tokens stop working at
 * once), then the account goes with its sessions and refresh tokens, and {@code users.deleted} is
 * published.
 */
final class AccountRemoval {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final RevokedSessions revokedSessions;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    AccountRemoval(
            UserRepository users,
            SessionRepository sessions,
            RevokedSessions revokedSessions,
            IntegrationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.revokedSessions = revokedSessions;
        this.events = events;
        this.clock = clock;
    }

    void remove(User user) {
        sessions.revokeAllOf(user.id(), null, clock.instant()).forEach(revokedSessions::revoke);
        users.delete(user.id());
        events.publish(new UserDeletedIntegrationEvent(
                EventMetadata.next(clock), user.uuid(), user.companyId(), user.version() + 1));
    }
}
