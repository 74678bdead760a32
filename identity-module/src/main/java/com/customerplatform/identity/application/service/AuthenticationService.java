package com.customerplatform.identity.application.service;

import com.customerplatform.identity.IdentityApi;
import com.customerplatform.identity.application.port.in.GetCurrentUserUseCase;
import com.customerplatform.identity.application.port.in.GetVerificationKeysUseCase;
import com.customerplatform.identity.application.port.in.LoginUseCase;
import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.domain.session.RefreshToken;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** Password sign-in, the current user, and access-token authentication for the platform. */
public class AuthenticationService implements LoginUseCase, GetCurrentUserUseCase, GetVerificationKeysUseCase, IdentityApi {

    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final SessionTokens sessionTokens;
    private final RevokedSessions revokedSessions;
    private final Clock clock;
    private final Duration sessionLifetime;

    public AuthenticationService(UserRepository users, SessionRepository sessions, PasswordHasher passwords,
            AccessTokens accessTokens, SessionTokens sessionTokens, RevokedSessions revokedSessions, Clock clock,
            Duration sessionLifetime) {
        this.users = users;
        this.sessions = sessions;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.sessionTokens = sessionTokens;
        this.revokedSessions = revokedSessions;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
    }

    @Override
    @Transactional
    public SignedIn login(LoginCommand command) {
        Optional<User> found = users.findByLogin(command.login());
        if (!passwordMatches(command.password(), found) || !found.orElseThrow().active()) {
            throw new AuthenticationFailedException(INVALID_CREDENTIALS, "Invalid username/email or password");
        }
        Instant now = clock.instant();
        User user = found.orElseThrow().loggedInAt(now);
        Session session = Session.start(user.id(), now, sessionLifetime);
        RefreshToken refreshToken = RefreshToken.generate();
        SignedIn signedIn = sessionTokens.issue(user, session.id(), refreshToken);
        sessions.start(session, refreshToken);
        users.recordLogin(user.id(), now);
        return signedIn;
    }

    /** Always runs one bcrypt comparison, also for unknown users, so timing reveals nothing. */
    private boolean passwordMatches(String candidate, Optional<User> user) {
        return passwords.matches(candidate, user.map(User::passwordHash).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public User currentUser(Actor actor) {
        return users.findByUuid(actor.userId())
                .orElseThrow(() -> new NotFoundException("USER_NOT_FOUND", "The signed-in user no longer exists"));
    }

    @Override
    public List<Map<String, ?>> verificationKeys() {
        return accessTokens.publicKeys();
    }

    @Override
    public Optional<Actor> authenticate(String accessToken) {
        return accessTokens.verify(accessToken)
                .map(AccessTokens.VerifiedAccessToken::actor)
                .filter(actor -> !revokedSessions.isRevoked(actor.sessionId()));
    }
}
