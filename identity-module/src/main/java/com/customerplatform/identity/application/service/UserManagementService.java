package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.ManageUsersUseCase;
import com.customerplatform.identity.application.port.in.UserField;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.application.port.out.DocumentCatalogue;
import com.customerplatform.identity.application.port.out.LoginThrottle;
import com.customerplatform.identity.application.port.out.PasswordHasher;
import com.customerplatform.identity.application.port.out.RevokedSessions;
import com.customerplatform.identity.domain.session.SessionRepository;
import com.customerplatform.identity.domain.user.AccountRules;
import com.customerplatform.identity.domain.user.RawPassword;
import com.customerplatform.identity.domain.user.Role;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.identity.domain.user.UserRepository.UserQuery;
import com.customerplatform.identity.events.UserRegisteredIntegrationEvent;
import com.customerplatform.identity.events.UserUpdatedIntegrationEvent;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.audit.AuditEntry;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.ForbiddenException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import com.customerplatform.sharedkernel.patch.FieldChanges;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/** User administration with company isolation and no self-escalation. */
public class UserManagementService implements ManageUsersUseCase {

    public static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    public static final String USER_ALREADY_EXISTS = "USER_ALREADY_EXISTS";
    public static final String COMPANY_NOT_FOUND = "COMPANY_NOT_FOUND";
    public static final String CANNOT_CHANGE_OWN_ACCESS = "CANNOT_CHANGE_OWN_ACCESS";
    public static final String SUPERUSER_REQUIRED = "SUPERUSER_REQUIRED";

    private final UserRepository users;
    private final SessionRepository sessions;
    private final RevokedSessions revokedSessions;
    private final PasswordHasher passwords;
    private final CompanyDirectory companies;
    private final DocumentCatalogue documents;
    private final LoginThrottle throttle;
    private final IntegrationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountRemoval removal;
    private final Transactions transactions;

    public UserManagementService(
            UserRepository users,
            SessionRepository sessions,
            RevokedSessions revokedSessions,
            PasswordHasher passwords,
            CompanyDirectory companies,
            DocumentCatalogue documents,
            LoginThrottle throttle,
            IntegrationEventPublisher events,
            AuditLog audit,
            Clock clock,
            Transactions transactions) {
        this.users = users;
        this.sessions = sessions;
        this.revokedSessions = revokedSessions;
        this.passwords = passwords;
        this.companies = companies;
        this.documents = documents;
        this.throttle = throttle;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.removal = new AccountRemoval(users, sessions, revokedSessions, events, clock);
        this.transactions = transactions;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<User> list(Actor actor, ListUsersQuery query, PageRequest page) {
        actor.require("users:read");
        if (!actor.superuser()
                && query.companyId() != null
                && !query.companyId().equals(actor.companyKey())) {
            return new Page<>(List.of(), 0, page);
        }
        String company = actor.superuser() ? query.companyId() : actor.companyKey();
        return users.find(new UserQuery(company, query.role(), query.active(), query.search()), page);
    }

    // One statement, so no transaction (docs/architecture.md#persistence).
    @Override
    public User get(Actor actor, String reference) {
        return accessible(actor, reference, "users:read");
    }

    /**
     * A bcrypt hash at the configured cost takes about a quarter of a second, so it is computed
     * between two transactions rather than in one, where it would hold a pooled connection: the
     * first vets the request, so that a refused one costs no hash; the second vets it again (the
     * username may have been taken meanwhile) and writes.
     */
    @Override
    public User register(Actor actor, RegisterUserCommand command) {
        transactions.readOnly(() -> registration(actor, command, null, null));
        String passwordHash = passwords.hash(RawPassword.of(command.password(), "password"));
        return transactions.readWrite(
                () -> registered(actor, registration(actor, command, passwordHash, users.nextUniqueId())));
    }

    /** The password is hashed as in {@link #register}. */
    @Override
    public User update(Actor actor, String reference, FieldChanges changes) {
        if (!has(changes, UserField.PASSWORD)) {
            return transactions.readWrite(() -> updated(actor, change(actor, reference, changes, null)));
        }
        transactions.readOnly(() -> change(actor, reference, changes, null));
        String passwordHash = passwords.hash(RawPassword.of(text(changes, UserField.PASSWORD, null), "password"));
        return transactions.readWrite(() -> updated(actor, change(actor, reference, changes, passwordHash)));
    }

    /**
     * The account a registration asks for, or the exception that refuses it.
     *
     * @param passwordHash and {@code uniqueId} are null while the request is only vetted
     */
    private Registration registration(Actor actor, RegisterUserCommand command, String passwordHash, String uniqueId) {
        actor.require("users:create");
        boolean superuser = Boolean.TRUE.equals(command.isSuperuser());
        if (superuser && !actor.superuser()) {
            throw new ForbiddenException(SUPERUSER_REQUIRED, "Only a superuser may create a superuser");
        }
        String companyId = command.companyId() == null
                ? actor.companyKey()
                : command.companyId().strip();
        if (!actor.superuser() && !Objects.equals(companyId, actor.companyKey())) {
            throw new NotFoundException(COMPANY_NOT_FOUND, "Company " + companyId + " was not found");
        }
        CompanyInfo company = companyId == null ? null : activeCompany(companyId);
        if (company == null && !superuser) {
            throw InvalidInputException.of("company_id", "is required for users who are not superusers");
        }
        String username = unusedUsername(AccountRules.username(command.username()), null);
        String email = unusedEmail(AccountRules.email(command.email()), null);
        Role role = command.role() == null ? Role.CUSTOMER : AccountRules.role(command.role());
        IdentityDocument document = document(command.documentType(), command.numberDocumentIdentity());
        Instant now = clock.instant();
        return new Registration(
                new User(
                        null,
                        UUID.randomUUID(),
                        uniqueId,
                        username,
                        email,
                        passwordHash,
                        AccountRules.text("first_name", command.firstName(), 150),
                        AccountRules.text("last_name", command.lastName(), 150),
                        AccountRules.phone(command.phone()),
                        AccountRules.text("address", command.address(), 500),
                        document.type(),
                        document.number(),
                        role,
                        command.isActive() == null || command.isActive(),
                        Boolean.TRUE.equals(command.isStaff()),
                        superuser,
                        company == null ? null : company.companyId(),
                        null,
                        now,
                        0,
                        now,
                        now),
                company);
    }

    private User registered(Actor actor, Registration registration) {
        User user = users.insert(registration.user());
        CompanyInfo company = registration.company();
        Role role = user.role();
        events.publish(new UserRegisteredIntegrationEvent(
                EventMetadata.next(clock),
                user.uuid(),
                user.uniqueId(),
                user.companyId(),
                company == null ? null : company.uuid(),
                role.code(),
                user.version()));
        audit.record(new AuditEntry(
                "users.create", "success", actor.userId(), user.uuid(), null, Map.of("role", role.code())));
        return user;
    }

    /** What an update asks for, or the exception that refuses it; {@code newPasswordHash} as in {@link #apply}. */
    private Change change(Actor actor, String reference, FieldChanges changes, String newPasswordHash) {
        User current = accessible(actor, reference, "users:update");
        boolean self = actor.is(current.uuid());
        changes.fields().forEach(name -> mayChange(actor, self, UserField.fromJson(name)));
        return new Change(current, apply(current, changes, newPasswordHash), self);
    }

    private User updated(Actor actor, Change change) {
        User current = change.current();
        List<String> changed = changedFields(current, change.updated());
        if (changed.isEmpty()) {
            return current;
        }
        User saved = users.update(change.updated());
        endSessionsAfter(actor, change.self(), current, saved, changed);
        events.publish(new UserUpdatedIntegrationEvent(
                EventMetadata.next(clock), saved.uuid(), saved.companyId(), changed, saved.version()));
        audit.record(new AuditEntry(
                "users.update",
                "success",
                actor.userId(),
                saved.uuid(),
                null,
                Map.of("fields", String.join(",", changed))));
        return saved;
    }

    private record Registration(User user, CompanyInfo company) {}

    private record Change(User current, User updated, boolean self) {}

    @Override
    @Transactional
    public void delete(Actor actor, String reference) {
        User user = accessible(actor, reference, "users:delete");
        if (actor.is(user.uuid())) {
            throw new ForbiddenException("CANNOT_DELETE_SELF", "You cannot delete your own account");
        }
        removal.remove(user);
        audit.record(new AuditEntry("users.delete", "success", actor.userId(), user.uuid(), null, Map.of()));
    }

    @Override
    @Transactional
    public void unlock(Actor actor, String reference) {
        User user = accessible(actor, reference, "users:update");
        throttle.reset("user:" + user.uuid());
        audit.record(new AuditEntry("users.unlock", "success", actor.userId(), user.uuid(), null, Map.of()));
    }

    /**
     * The referenced user if the actor may act on it: itself always; others only with the
     * permission (else 403, SPEC §8) and in its own company (else 404, as if it did not exist).
     */
    private User accessible(Actor actor, String reference, String permission) {
        Optional<User> found = resolve(reference);
        if (found.isPresent() && actor.is(found.get().uuid())) {
            return found.get();
        }
        actor.require(permission);
        return found.filter(user -> actor.seesCompany(user.companyId()))
                .orElseThrow(() -> new NotFoundException(USER_NOT_FOUND, "User " + reference + " was not found"));
    }

    private Optional<User> resolve(String reference) {
        if (reference.matches("\\d{1,18}")) {
            return users.findById(Long.parseLong(reference));
        }
        try {
            return users.findByUuid(UUID.fromString(reference));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static void mayChange(Actor actor, boolean self, UserField field) {
        if (field.access() != UserField.Access.PROFILE && self) {
            throw new ForbiddenException(CANNOT_CHANGE_OWN_ACCESS, "You cannot change your own " + field.jsonName());
        }
        if (field.access() == UserField.Access.PLATFORM && !actor.superuser()) {
            throw new ForbiddenException(SUPERUSER_REQUIRED, "Only a superuser may change " + field.jsonName());
        }
    }

    /**
     * Non-nullable fields sent as null are refused by their rules ("is required").
     *
     * @param newPasswordHash the hash of the new password, if the changes hold one; null while they are only vetted
     */
    private User apply(User user, FieldChanges changes, String newPasswordHash) {
        String username = has(changes, UserField.USERNAME)
                ? unusedUsername(AccountRules.username(text(changes, UserField.USERNAME, null)), user.id())
                : user.username();
        String email = has(changes, UserField.EMAIL)
                ? unusedEmail(AccountRules.email(text(changes, UserField.EMAIL, null)), user.id())
                : user.email();
        String passwordHash = has(changes, UserField.PASSWORD) ? newPasswordHash : user.passwordHash();
        IdentityDocument document =
                has(changes, UserField.DOCUMENT_TYPE) || has(changes, UserField.NUMBER_DOCUMENT_IDENTITY)
                        ? document(
                                text(changes, UserField.DOCUMENT_TYPE, user.documentType()),
                                text(changes, UserField.NUMBER_DOCUMENT_IDENTITY, user.numberDocumentIdentity()))
                        : new IdentityDocument(user.documentType(), user.numberDocumentIdentity());
        String companyId = has(changes, UserField.COMPANY_ID)
                ? activeCompany(changes.requiredText(UserField.COMPANY_ID.jsonName())
                                .strip())
                        .companyId()
                : user.companyId();
        return new User(
                user.id(),
                user.uuid(),
                user.uniqueId(),
                username,
                email,
                passwordHash,
                AccountRules.text("first_name", text(changes, UserField.FIRST_NAME, user.firstName()), 150),
                AccountRules.text("last_name", text(changes, UserField.LAST_NAME, user.lastName()), 150),
                AccountRules.phone(text(changes, UserField.PHONE, user.phone())),
                AccountRules.text("address", text(changes, UserField.ADDRESS, user.address()), 500),
                document.type(),
                document.number(),
                has(changes, UserField.ROLE) ? AccountRules.role(text(changes, UserField.ROLE, null)) : user.role(),
                flag(changes, UserField.IS_ACTIVE, user.active()),
                flag(changes, UserField.IS_STAFF, user.staff()),
                flag(changes, UserField.IS_SUPERUSER, user.superuser()),
                companyId,
                user.lastLogin(),
                user.dateJoined(),
                user.version(),
                user.createdAt(),
                clock.instant());
    }

    private static List<String> changedFields(User before, User after) {
        List<String> changed = new ArrayList<>();
        compare(changed, UserField.USERNAME, before.username(), after.username());
        compare(changed, UserField.EMAIL, before.email(), after.email());
        compare(changed, UserField.PASSWORD, before.passwordHash(), after.passwordHash());
        compare(changed, UserField.FIRST_NAME, before.firstName(), after.firstName());
        compare(changed, UserField.LAST_NAME, before.lastName(), after.lastName());
        compare(changed, UserField.PHONE, before.phone(), after.phone());
        compare(changed, UserField.ADDRESS, before.address(), after.address());
        compare(changed, UserField.DOCUMENT_TYPE, before.documentType(), after.documentType());
        compare(
                changed,
                UserField.NUMBER_DOCUMENT_IDENTITY,
                before.numberDocumentIdentity(),
                after.numberDocumentIdentity());
        compare(changed, UserField.ROLE, before.role(), after.role());
        compare(changed, UserField.IS_ACTIVE, before.active(), after.active());
        compare(changed, UserField.IS_STAFF, before.staff(), after.staff());
        compare(changed, UserField.IS_SUPERUSER, before.superuser(), after.superuser());
        compare(changed, UserField.COMPANY_ID, before.companyId(), after.companyId());
        return changed;
    }

    private static void compare(List<String> changed, UserField field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field.jsonName());
        }
    }

    /**
     * Sessions end when what they vouch for changes: a deactivated account or changed access ends
     * all of them (tokens carry the role); a new password ends all but the caller's own.
     */
    private void endSessionsAfter(Actor actor, boolean self, User before, User after, List<String> changed) {
        boolean accessChanged = !after.active()
                || before.role() != after.role()
                || before.superuser() != after.superuser()
                || !Objects.equals(before.companyId(), after.companyId());
        if (accessChanged || changed.contains(UserField.PASSWORD.jsonName())) {
            UUID keep = self && !accessChanged ? actor.sessionId() : null;
            sessions.revokeAllOf(after.id(), keep, clock.instant()).forEach(revokedSessions::revoke);
        }
    }

    private CompanyInfo activeCompany(String companyId) {
        return companies
                .find(companyId)
                .filter(CompanyInfo::active)
                .orElseThrow(() -> InvalidInputException.of("company_id", "does not name an active company"));
    }

    private String unusedUsername(String username, Long exceptUserId) {
        if (users.usernameTaken(username, exceptUserId)) {
            throw duplicate("username");
        }
        return username;
    }

    private String unusedEmail(String email, Long exceptUserId) {
        if (users.emailTaken(email, exceptUserId)) {
            throw duplicate("email");
        }
        return email;
    }

    private static ConflictException duplicate(String field) {
        return new ConflictException(
                USER_ALREADY_EXISTS,
                "A user with this " + field + " already exists",
                List.of(new FieldError(field, "is already taken")));
    }

    /** Both or neither; the type must be in the catalogue and the number pass its rule (stored normalized). */
    private IdentityDocument document(String type, String number) {
        String documentType = AccountRules.text("document_type", type, 30);
        String documentNumber = AccountRules.text("number_document_identity", number, 40);
        if (documentType == null && documentNumber == null) {
            return new IdentityDocument(null, null);
        }
        if (documentType == null || !documents.knows(documentType)) {
            throw InvalidInputException.of("document_type", "must be an active code of GET /api/v1/document-types");
        }
        String normalized = Optional.ofNullable(documentNumber)
                .flatMap(n -> documents.normalize(documentType, n))
                .orElseThrow(() -> InvalidInputException.of(
                        "number_document_identity", "is not a valid " + documentType + " number"));
        return new IdentityDocument(documentType.toUpperCase(Locale.ROOT), normalized);
    }

    private record IdentityDocument(String type, String number) {}

    private static boolean has(FieldChanges changes, UserField field) {
        return changes.has(field.jsonName());
    }

    private static String text(FieldChanges changes, UserField field, String current) {
        return has(changes, field) ? changes.text(field.jsonName()) : current;
    }

    private static boolean flag(FieldChanges changes, UserField field, boolean current) {
        return has(changes, field) ? changes.requiredFlag(field.jsonName()) : current;
    }
}
