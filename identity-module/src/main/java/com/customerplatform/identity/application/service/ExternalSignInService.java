package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.ExternalSignInUseCase;
import com.customerplatform.identity.application.port.in.LinkedIdentitiesUseCase;
import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.domain.external.ExternalAccount;
import com.customerplatform.identity.domain.external.ExternalIdentity;
import com.customerplatform.identity.domain.external.ExternalIdentityRepository;
import com.customerplatform.identity.domain.external.ProviderPolicy;
import com.customerplatform.identity.domain.user.AccountRules;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.identity.events.UserRegisteredIntegrationEvent;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.audit.AuditEntry;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.DomainException;
import com.customerplatform.sharedkernel.error.ForbiddenException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign in through which provider, and as whom. A provider's subject, once linked, always
 * means the same user; an email links a new subject to an existing user only when the provider
 * vouches for it; a stranger gets a {@code customer} account only where the provider provisions.
 */
public class ExternalSignInService implements ExternalSignInUseCase, LinkedIdentitiesUseCase {

    public static final String EMAIL_NOT_VERIFIED = "EMAIL_NOT_VERIFIED";
    public static final String EXTERNAL_SIGN_IN_NOT_ALLOWED = "EXTERNAL_SIGN_IN_NOT_ALLOWED";
    public static final String NO_MATCHING_ACCOUNT = "NO_MATCHING_ACCOUNT";
    public static final String ACCOUNT_INACTIVE = "ACCOUNT_INACTIVE";
    public static final String IDENTITY_ALREADY_LINKED = "IDENTITY_ALREADY_LINKED";
    public static final String LINKED_IDENTITY_NOT_FOUND = "LINKED_IDENTITY_NOT_FOUND";
    public static final String LAST_SIGN_IN_METHOD = "LAST_SIGN_IN_METHOD";

    private static final String ACTION = "auth.external_login";

    private final Map<String, ProviderPolicy> policies;
    private final ExternalIdentityRepository identities;
    private final UserRepository users;
    private final CompanyDirectory companies;
    private final SignIns signIns;
    private final IntegrationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    public ExternalSignInService(
            Map<String, ProviderPolicy> policies,
            ExternalIdentityRepository identities,
            UserRepository users,
            CompanyDirectory companies,
            SignIns signIns,
            IntegrationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.policies = Map.copyOf(policies);
        this.identities = identities;
        this.users = users;
        this.companies = companies;
        this.signIns = signIns;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SignedIn signIn(ExternalAccount account, String clientAddress) {
        ProviderPolicy policy = policies.get(account.provider());
        if (policy == null) {
            throw new IllegalArgumentException("Provider " + account.provider() + " is not configured");
        }
        try {
            User user = identities
                    .find(account.provider(), account.subject())
                    .map(link -> signInAgain(link, account, policy))
                    .orElseGet(() -> firstSignIn(account, policy));
            if (!user.active()) {
                throw new ForbiddenException(ACCOUNT_INACTIVE, "Your account is deactivated");
            }
            SignedIn signedIn = signIns.open(user);
            observe("success", user.uuid(), account, clientAddress, null);
            return signedIn;
        } catch (DomainException refused) {
            observe("failure", null, account, clientAddress, refused.errorCode());
            throw refused;
        }
    }

    /** The allowed companies may have changed since the link was made. */
    private User signInAgain(ExternalIdentity link, ExternalAccount account, ProviderPolicy policy) {
        User user = users.findById(link.userId()).orElseThrow();
        if (!policy.admits(user)) {
            throw notAllowed(account);
        }
        identities.recordSignIn(account.provider(), account.subject(), clock.instant());
        return user;
    }

    private User firstSignIn(ExternalAccount account, ProviderPolicy policy) {
        if (!account.hasVerifiedEmail()) {
            throw new ForbiddenException(
                    EMAIL_NOT_VERIFIED,
                    account.provider()
                            + " does not vouch for your email address, so it cannot be linked to an account");
        }
        User user = users.findByEmail(account.email()).orElseGet(() -> provision(account, policy));
        if (!policy.admits(user)) {
            throw notAllowed(account);
        }
        if (identities.findByUser(user.id()).stream()
                .anyMatch(link -> link.provider().equals(account.provider()))) {
            throw new ConflictException(
                    IDENTITY_ALREADY_LINKED,
                    "Your account is already linked to another " + account.provider() + " account");
        }
        identities.link(ExternalIdentity.link(user.id(), account, clock.instant()));
        return user;
    }

    private User provision(ExternalAccount account, ProviderPolicy policy) {
        if (!policy.provisions()) {
            throw new ForbiddenException(
                    NO_MATCHING_ACCOUNT, "No account has the email " + account.email() + "; ask your administrator");
        }
        CompanyInfo company = companies
                .find(policy.provisionCompany())
                .filter(CompanyInfo::active)
                .orElseThrow(() -> new AuthenticationFailedException(
                        SessionTokens.COMPANY_NOT_ACTIVE, "Your company's account is not active"));
        Instant now = clock.instant();
        User user = users.insert(User.provisioned(
                users.nextUniqueId(),
                username(account.email()),
                AccountRules.email(account.email()),
                name("first_name", account.givenName()),
                name("last_name", account.familyName()),
                company.companyId(),
                now));
        events.publish(new UserRegisteredIntegrationEvent(
                EventMetadata.next(clock),
                user.uuid(),
                user.uniqueId(),
                user.companyId(),
                company.uuid(),
                user.role().code(),
                user.version()));
        audit.record(new AuditEntry(
                "users.create",
                "success",
                null,
                user.uuid(),
                null,
                Map.of("role", user.role().code(), "provider", account.provider())));
        return user;
    }

    private static ForbiddenException notAllowed(ExternalAccount account) {
        return new ForbiddenException(
                EXTERNAL_SIGN_IN_NOT_ALLOWED,
                "Your account may not sign in with " + account.provider() + "; use your password");
    }

    /** The email itself where it is a valid, free username; otherwise a generated one. */
    private String username(String email) {
        try {
            String candidate = AccountRules.username(email);
            if (!users.usernameTaken(candidate, null)) {
                return candidate;
            }
        } catch (InvalidInputException notAUsername) {
            // Emails may hold characters usernames may not; fall through to a generated one.
        }
        return "user-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Providers' names may be longer than ours: cut, never refuse a sign-in for it. */
    private static String name(String field, String value) {
        String name = value == null || value.length() <= 150 ? value : value.substring(0, 150);
        return AccountRules.text(field, name, 150);
    }

    private void observe(String outcome, UUID subject, ExternalAccount account, String clientAddress, String reason) {
        Map<String, String> details = new HashMap<>();
        details.put("provider", account.provider());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(new AuditEntry(ACTION, outcome, subject, subject, clientAddress, details));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExternalIdentity> linkedIdentities(Actor actor) {
        return identities.findByUser(currentUser(actor).id());
    }

    @Override
    @Transactional
    public void unlink(Actor actor, String provider) {
        User user = currentUser(actor);
        List<ExternalIdentity> links = identities.findByUser(user.id());
        if (links.stream().noneMatch(link -> link.provider().equals(provider))) {
            throw new NotFoundException(
                    LINKED_IDENTITY_NOT_FOUND, "Your account is not linked to a " + provider + " account");
        }
        if (!user.hasPassword() && links.size() == 1) {
            throw new ConflictException(
                    LAST_SIGN_IN_METHOD,
                    "This is your account's only way to sign in: ask an administrator to set a password first");
        }
        identities.unlink(user.id(), provider);
        audit.record(new AuditEntry(
                "auth.unlink", "success", actor.userId(), actor.userId(), null, Map.of("provider", provider)));
    }

    private User currentUser(Actor actor) {
        return users.findByUuid(actor.userId())
                .orElseThrow(() -> new NotFoundException("USER_NOT_FOUND", "The signed-in user no longer exists"));
    }
}
