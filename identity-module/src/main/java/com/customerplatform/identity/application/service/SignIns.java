package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;
import com.customerplatform.identity.domain.session.RefreshToken;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

/** The end of every sign-in, whoever vouched for the user: a new session and its first tokens. */
public class SignIns {

    private final SessionRepository sessions;
    private final UserRepository users;
    private final SessionTokens sessionTokens;
    private final Clock clock;
    private final Duration sessionLifetime;

    public SignIns(
            SessionRepository sessions,
            UserRepository users,
            SessionTokens sessionTokens,
            Clock clock,
            Duration sessionLifetime) {
        this.sessions = sessions;
        this.users = users;
        this.sessionTokens = sessionTokens;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
    }

    /**
     * Starts a session for a user already authenticated and found active.
     *
     * @throws com.customerplatform.sharedkernel.error.AuthenticationFailedException {@code
     *     COMPANY_NOT_ACTIVE}, before anything is written
     */
    @Transactional
    SignedIn open(User authenticated) {
        Instant now = clock.instant();
        User user = authenticated.loggedInAt(now);
        Session session = Session.start(user.id(), now, sessionLifetime);
        RefreshToken refreshToken = RefreshToken.generate();
        SignedIn signedIn = sessionTokens.issue(user, session.id(), refreshToken);
        sessions.start(session, refreshToken);
        users.recordLogin(user.id(), now);
        return signedIn;
    }
}
