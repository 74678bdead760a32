package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.UserRepository;
import java.time.Instant;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/** The writes of a password change, once its bcrypt work is done outside any transaction. */
public class PasswordChanges {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final RevokedSessions revokedSessions;

    public PasswordChanges(UserRepository users, SessionRepository sessions, RevokedSessions revokedSessions) {
        this.users = users;
        this.sessions = sessions;
        this.revokedSessions = revokedSessions;
    }

    /** Stores the new hash and ends the user's other sessions, on every instance. */
    @Transactional
    void apply(long userId, String newPasswordHash, UUID keptSessionId, Instant now) {
        users.changePasswordHash(userId, newPasswordHash, now);
        sessions.revokeAllOf(userId, keptSessionId, now).forEach(revokedSessions::revoke);
    }
}
