package com.customerplatform.identity.adapter.out.persistence;

import static com.customerplatform.identity.adapter.out.persistence.Timestamps.instant;
import static com.customerplatform.identity.adapter.out.persistence.Timestamps.offset;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Sequences.USER_UNIQUE_ID_SEQ;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.lower;

import com.customerplatform.identity.adapter.out.persistence.jooq.tables.records.UserAccountRecord;
import com.customerplatform.identity.domain.user.Role;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** User accounts in table {@code identity.user_account}. */
public class JooqUserRepository implements UserRepository {

    private final DSLContext dsl;

    public JooqUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<User> findByLogin(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return Optional.empty();
        }
        String login = usernameOrEmail.strip();
        return dsl.selectFrom(USER_ACCOUNT)
                .where(lower(USER_ACCOUNT.USERNAME)
                        .eq(lower(login))
                        .or(lower(USER_ACCOUNT.EMAIL).eq(lower(login))))
                .fetchOptional(JooqUserRepository::toDomain);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(lower(USER_ACCOUNT.EMAIL).eq(lower(email.strip())))
                .fetchOptional(JooqUserRepository::toDomain);
    }

    @Override
    public Optional<User> findByUuid(UUID uuid) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.UUID.eq(uuid))
                .fetchOptional(JooqUserRepository::toDomain);
    }

    @Override
    public Optional<User> findById(long id) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).fetchOptional(JooqUserRepository::toDomain);
    }

    @Override
    public boolean anyExists() {
        return dsl.fetchExists(USER_ACCOUNT);
    }

    @Override
    public String nextUniqueId() {
        return "USER-" + dsl.nextval(USER_UNIQUE_ID_SEQ);
    }

    @Override
    public User insert(User user) {
        UserAccountRecord row = dsl.newRecord(USER_ACCOUNT);
        row.setUuid(user.uuid())
                .setUniqueId(user.uniqueId())
                .setUsername(user.username())
                .setEmail(user.email())
                .setPasswordHash(user.passwordHash())
                .setFirstName(user.firstName())
                .setLastName(user.lastName())
                .setPhone(user.phone())
                .setAddress(user.address())
                .setDocumentType(user.documentType())
                .setNumberDocumentIdentity(user.numberDocumentIdentity())
                .setRole(user.role().code())
                .setIsActive(user.active())
                .setIsStaff(user.staff())
                .setIsSuperuser(user.superuser())
                .setCompanyId(user.companyId())
                .setLastLogin(offset(user.lastLogin()))
                .setDateJoined(offset(user.dateJoined()))
                .setVersion(user.version())
                .setCreatedAt(offset(user.createdAt()))
                .setUpdatedAt(offset(user.updatedAt()));
        row.store();
        return toDomain(row);
    }

    @Override
    public void recordLogin(long userId, Instant when) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.LAST_LOGIN, offset(when))
                .where(USER_ACCOUNT.ID.eq(userId))
                .execute();
    }

    @Override
    public void changePasswordHash(long userId, String passwordHash, Instant when) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.UPDATED_AT, offset(when))
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(userId))
                .execute();
    }

    @Override
    public Page<User> find(UserQuery query, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (query.companyId() != null) {
            condition = condition.and(USER_ACCOUNT.COMPANY_ID.eq(query.companyId()));
        }
        if (query.role() != null) {
            condition = condition.and(USER_ACCOUNT.ROLE.eq(query.role().code()));
        }
        if (query.active() != null) {
            condition = condition.and(USER_ACCOUNT.IS_ACTIVE.eq(query.active()));
        }
        if (query.search() != null && !query.search().isBlank()) {
            // containsIgnoreCase escapes % and _ itself: they match literally.
            String term = query.search().strip();
            condition = condition.and(USER_ACCOUNT
                    .USERNAME
                    .containsIgnoreCase(term)
                    .or(USER_ACCOUNT.EMAIL.containsIgnoreCase(term))
                    .or(USER_ACCOUNT.FIRST_NAME.containsIgnoreCase(term))
                    .or(USER_ACCOUNT.LAST_NAME.containsIgnoreCase(term)));
        }
        long total = dsl.fetchCount(USER_ACCOUNT, condition);
        List<User> items = dsl.selectFrom(USER_ACCOUNT)
                .where(condition)
                .orderBy(USER_ACCOUNT.CREATED_AT.desc(), USER_ACCOUNT.ID.desc())
                .limit(page.limit())
                .offset(page.offset())
                .fetch(JooqUserRepository::toDomain);
        return new Page<>(items, total, page);
    }

    @Override
    public boolean usernameTaken(String username, Long exceptUserId) {
        return dsl.fetchExists(
                USER_ACCOUNT, lower(USER_ACCOUNT.USERNAME).eq(lower(username)).and(notUser(exceptUserId)));
    }

    @Override
    public boolean emailTaken(String email, Long exceptUserId) {
        return dsl.fetchExists(
                USER_ACCOUNT, lower(USER_ACCOUNT.EMAIL).eq(lower(email)).and(notUser(exceptUserId)));
    }

    @Override
    public User update(User user) {
        UserAccountRecord row = dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, user.username())
                .set(USER_ACCOUNT.EMAIL, user.email())
                .set(USER_ACCOUNT.PASSWORD_HASH, user.passwordHash())
                .set(USER_ACCOUNT.FIRST_NAME, user.firstName())
                .set(USER_ACCOUNT.LAST_NAME, user.lastName())
                .set(USER_ACCOUNT.PHONE, user.phone())
                .set(USER_ACCOUNT.ADDRESS, user.address())
                .set(USER_ACCOUNT.DOCUMENT_TYPE, user.documentType())
                .set(USER_ACCOUNT.NUMBER_DOCUMENT_IDENTITY, user.numberDocumentIdentity())
                .set(USER_ACCOUNT.ROLE, user.role().code())
                .set(USER_ACCOUNT.IS_ACTIVE, user.active())
                .set(USER_ACCOUNT.IS_STAFF, user.staff())
                .set(USER_ACCOUNT.IS_SUPERUSER, user.superuser())
                .set(USER_ACCOUNT.COMPANY_ID, user.companyId())
                .set(USER_ACCOUNT.UPDATED_AT, offset(user.updatedAt()))
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(user.id()).and(USER_ACCOUNT.VERSION.eq(user.version())))
                .returning()
                .fetchOne();
        if (row == null) {
            throw ConflictException.concurrentModification(
                    "The user was changed by someone else meanwhile; reload and retry");
        }
        return toDomain(row);
    }

    @Override
    public void delete(long userId) {
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(userId)).execute();
    }

    @Override
    public boolean anyWithDocumentType(String documentType) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.DOCUMENT_TYPE.eq(documentType));
    }

    @Override
    public Map<String, Headcount> countByCompany(Collection<String> companyIds) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(
                        USER_ACCOUNT.COMPANY_ID, DSL.count(), DSL.count().filterWhere(USER_ACCOUNT.IS_ACTIVE.isTrue()))
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.COMPANY_ID.in(companyIds))
                .groupBy(USER_ACCOUNT.COMPANY_ID)
                .fetchMap(row -> row.value1(), row -> new Headcount(row.value2(), row.value3()));
    }

    @Override
    public RoleCounts countByRole(String companyId, Instant joinedSince) {
        Condition company = companyId == null ? DSL.noCondition() : USER_ACCOUNT.COMPANY_ID.eq(companyId);
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, 0L);
        }
        long joined = 0;
        for (var row : dsl.select(
                        USER_ACCOUNT.ROLE,
                        DSL.count(),
                        DSL.count().filterWhere(USER_ACCOUNT.DATE_JOINED.ge(offset(joinedSince))))
                .from(USER_ACCOUNT)
                .where(company)
                .groupBy(USER_ACCOUNT.ROLE)
                .fetch()) {
            Role.fromCode(row.value1()).ifPresent(role -> byRole.put(role, (long) row.value2()));
            joined += row.value3();
        }
        return new RoleCounts(byRole, joined);
    }

    private static Condition notUser(Long userId) {
        return userId == null ? DSL.noCondition() : USER_ACCOUNT.ID.ne(userId);
    }

    static User toDomain(UserAccountRecord row) {
        return new User(
                row.getId(),
                row.getUuid(),
                row.getUniqueId(),
                row.getUsername(),
                row.getEmail(),
                row.getPasswordHash(),
                row.getFirstName(),
                row.getLastName(),
                row.getPhone(),
                row.getAddress(),
                row.getDocumentType(),
                row.getNumberDocumentIdentity(),
                Role.fromCode(row.getRole()).orElseThrow(),
                row.getIsActive(),
                row.getIsStaff(),
                row.getIsSuperuser(),
                row.getCompanyId(),
                instant(row.getLastLogin()),
                instant(row.getDateJoined()),
                row.getVersion(),
                instant(row.getCreatedAt()),
                instant(row.getUpdatedAt()));
    }
}
