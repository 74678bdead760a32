package com.customerplatform.identity.application.service;

import com.customerplatform.identity.IdentityApi;
import com.customerplatform.identity.application.port.in.GetCurrentUserUseCase;
import com.customerplatform.identity.application.port.in.GetVerificationKeysUseCase;
import com.customerplatform.identity.application.port.in.LoginUseCase;
import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.AccessTokens.IssuedAccessToken;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.domain.session.RefreshToken;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.RawPassword;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import java.nio.charset.StandardCharsets;
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
    public static final String COMPANY_NOT_ACTIVE = "COMPANY_NOT_ACTIVE";

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final CompanyDirectory companies;
    private final Clock clock;
    private final Duration sessionLifetime;

    public AuthenticationService(UserRepository users, SessionRepository sessions, PasswordHasher passwords,
            AccessTokens accessTokens, CompanyDirectory companies, Clock clock, Duration sessionLifetime) {
        this.users = users;
        this.sessions = sessions;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.companies = companies;
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
        User user = found.orElseThrow();
        CompanyInfo company = user.companyId() == null ? null : companies.find(user.companyId())
                .filter(CompanyInfo::active)
                .orElseThrow(() -> new AuthenticationFailedException(COMPANY_NOT_ACTIVE, "Your company's account is not active"));

        Instant now = clock.instant();
        Session session = Session.start(user.id(), now, sessionLifetime);
        RefreshToken refreshToken = RefreshToken.generate();
        sessions.start(session, refreshToken);
        users.recordLogin(user.id(), now);
        User signedIn = user.loggedInAt(now);
        IssuedAccessToken accessToken = accessTokens.issue(signedIn, company, session.id());
        return new SignedIn(accessToken.value(), accessToken.lifetime(), refreshToken.value(), signedIn);
    }

    /** Always runs one bcrypt comparison, also for unknown users, so timing reveals nothing. */
    private boolean passwordMatches(String candidate, Optional<User> user) {
        String hash = user.map(User::passwordHash).orElse(null);
        boolean hashable = candidate != null && candidate.getBytes(StandardCharsets.UTF_8).length <= RawPassword.MAX_BYTES;
        return passwords.matches(hashable ? candidate : "", hash) && hashable && user.isPresent();
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
        return accessTokens.verify(accessToken).map(AccessTokens.VerifiedAccessToken::actor);
    }
}
