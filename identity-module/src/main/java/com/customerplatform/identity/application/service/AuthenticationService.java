package com.customerplatform.identity.application.service;

import com.customerplatform.identity.IdentityApi;
import com.customerplatform.identity.application.port.in.GetCurrentUserUseCase;
import com.customerplatform.identity.application.port.in.GetVerificationKeysUseCase;
import com.customerplatform.identity.application.port.in.LoginUseCase;
import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.LoginMetrics;
import com.customerplatform.identity.application.port.out.LoginThrottle;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.audit.AuditEntry;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.error.TooManyRequestsException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/** Password sign-in, the current user, and access-token authentication for the platform. */
public class AuthenticationService
        implements LoginUseCase, GetCurrentUserUseCase, GetVerificationKeysUseCase, IdentityApi {

    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String LOGIN_LOCKED = "LOGIN_LOCKED";
    private static final String SUCCESS = "success";
    private static final String FAILURE = "failure";
    private static final String LOCKED = "locked";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final SignIns signIns;
    private final RevokedSessions revokedSessions;
    private final LoginThrottle throttle;
    private final LoginMetrics metrics;
    private final AuditLog audit;

    public AuthenticationService(
            UserRepository users,
            PasswordHasher passwords,
            AccessTokens accessTokens,
            SignIns signIns,
            RevokedSessions revokedSessions,
            LoginThrottle throttle,
            LoginMetrics metrics,
            AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.signIns = signIns;
        this.revokedSessions = revokedSessions;
        this.throttle = throttle;
        this.metrics = metrics;
        this.audit = audit;
    }

    /**
     * Refuses locked accounts and addresses first (429), then checks the password; every outcome is
     * counted, audited and, for failures, throttled. Failures look the same whatever went wrong.
     *
     * <p>Not one transaction: the password check takes a bcrypt hash's time (a quarter of a second
     * at cost 12, seconds under load), and a connection held for it, with the audit's own on top,
     * let concurrent sign-ins starve the pool. Only the new session is written in a transaction.
     */
    @Override
    public SignedIn login(LoginCommand command) {
        Optional<User> found = users.findByLogin(command.login());
        UUID subject = found.map(User::uuid).orElse(null);
        String account = found.map(user -> "user:" + user.uuid())
                .orElseGet(() -> "login:" + command.login().strip().toLowerCase(Locale.ROOT));
        Optional<Duration> locked = throttle.lockedFor(account, command.clientAddress());
        if (locked.isPresent()) {
            observe(LOCKED, subject, command, "too_many_failures");
            throw new TooManyRequestsException(
                    LOGIN_LOCKED,
                    "Too many failed sign-ins; try again in "
                            + Math.max(1, locked.get().toMinutes()) + " minute(s)",
                    locked.get());
        }
        if (!passwordMatches(command.password(), found) || !found.orElseThrow().active()) {
            throttle.recordFailure(account, command.clientAddress());
            observe(FAILURE, subject, command, found.isEmpty() ? "unknown_user" : "bad_credentials_or_inactive");
            throw new AuthenticationFailedException(INVALID_CREDENTIALS, "Invalid username/email or password");
        }
        SignedIn signedIn;
        try {
            signedIn = signIns.open(found.orElseThrow());
        } catch (AuthenticationFailedException companyNotActive) {
            observe(FAILURE, subject, command, "company_not_active");
            throw companyNotActive;
        }
        throttle.reset(account);
        observe(SUCCESS, subject, command, null);
        return signedIn;
    }

    private void observe(String outcome, UUID subject, LoginCommand command, String reason) {
        metrics.attempt(outcome);
        audit.record(new AuditEntry(
                "auth.login",
                outcome,
                SUCCESS.equals(outcome) ? subject : null,
                subject,
                command.clientAddress(),
                reason == null ? Map.of() : Map.of("reason", reason)));
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
    @Transactional(readOnly = true)
    public Optional<UserReference> findUser(UUID userId) {
        return users.findByUuid(userId)
                .map(user -> new UserReference(
                        user.uuid(),
                        user.username(),
                        user.email(),
                        user.firstName(),
                        user.lastName(),
                        user.companyId()));
    }

    @Override
    public Optional<Actor> authenticate(String accessToken) {
        return accessTokens
                .verify(accessToken)
                .map(AccessTokens.VerifiedAccessToken::actor)
                .filter(actor -> !revokedSessions.isRevoked(actor.sessionId()));
    }
}
