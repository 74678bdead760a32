package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.ChangePasswordUseCase;
import com.customerplatform.identity.application.port.in.EndCompanySessionsUseCase;
import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;
import com.customerplatform.identity.application.port.in.LogoutUseCase;
import com.customerplatform.identity.application.port.in.RefreshSessionUseCase;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.domain.session.RefreshToken;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.session.SessionRepository.IssuedRefreshToken;
import com.customerplatform.identity.domain.user.RawPassword;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/** What happens to a session after sign-in: refresh with rotation, logout, password change. */
public class SessionService
        implements RefreshSessionUseCase, LogoutUseCase, ChangePasswordUseCase, EndCompanySessionsUseCase {

    public static final String INVALID_REFRESH_TOKEN = "INVALID_REFRESH_TOKEN";
    public static final String REFRESH_TOKEN_REUSED = "REFRESH_TOKEN_REUSED";

    private final SessionRepository sessions;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final SessionTokens sessionTokens;
    private final RevokedSessions revokedSessions;
    private final PasswordChanges passwordChanges;
    private final Clock clock;

    public SessionService(
            SessionRepository sessions,
            UserRepository users,
            PasswordHasher passwords,
            SessionTokens sessionTokens,
            RevokedSessions revokedSessions,
            PasswordChanges passwordChanges,
            Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.passwords = passwords;
        this.sessionTokens = sessionTokens;
        this.revokedSessions = revokedSessions;
        this.passwordChanges = passwordChanges;
        this.clock = clock;
    }

    /**
     * A replayed token revokes its session in its own committed transaction (noRollbackFor), so
     * the revocation sticks although the request fails.
     */
    @Override
    @Transactional(noRollbackFor = AuthenticationFailedException.class)
    public SignedIn refresh(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken presented = new RefreshToken(refreshToken == null ? "" : refreshToken);
        IssuedRefreshToken issued =
                sessions.findToken(presented.hash()).orElseThrow(SessionService::invalidRefreshToken);
        Session session = sessions.find(issued.sessionId())
                .filter(s -> s.isLive(now))
                .orElseThrow(SessionService::invalidRefreshToken);
        if (!sessions.spend(presented.hash(), now)) {
            revoke(session.id(), now);
            throw new AuthenticationFailedException(
                    REFRESH_TOKEN_REUSED,
                    "This refresh token was already used; the session has been ended for safety. Please sign in again.");
        }
        User user =
                users.findById(session.userId()).filter(User::active).orElseThrow(SessionService::invalidRefreshToken);
        RefreshToken next = RefreshToken.generate();
        SignedIn signedIn = sessionTokens.issue(user, session.id(), next);
        sessions.addToken(session.id(), next, now);
        return signedIn;
    }

    @Override
    @Transactional
    public void logout(Actor actor) {
        revoke(actor.sessionId(), clock.instant());
    }

    /**
     * Both bcrypt runs, the check and the new hash, happen outside any transaction: holding a
     * connection through them, a few concurrent changes would empty the pool, as sign-ins once did.
     */
    @Override
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        User user = users.findByUuid(actor.userId())
                .orElseThrow(() -> new NotFoundException("USER_NOT_FOUND", "The signed-in user no longer exists"));
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw InvalidInputException.of("current_password", "does not match your password");
        }
        RawPassword password = RawPassword.of(newPassword, "new_password");
        passwordChanges.apply(user.id(), passwords.hash(password), actor.sessionId(), clock.instant());
    }

    @Override
    @Transactional
    public void endSessionsOf(String companyId) {
        sessions.revokeAllOfCompany(companyId, clock.instant()).forEach(revokedSessions::revoke);
    }

    private void revoke(UUID sessionId, Instant now) {
        sessions.revoke(sessionId, now);
        revokedSessions.revoke(sessionId);
    }

    private static AuthenticationFailedException invalidRefreshToken() {
        return new AuthenticationFailedException(INVALID_REFRESH_TOKEN, "The refresh token is invalid or expired");
    }
}
