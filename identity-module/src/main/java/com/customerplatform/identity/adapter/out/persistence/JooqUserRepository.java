package com.customerplatform.identity.adapter.out.persistence;

import static com.customerplatform.identity.adapter.out.persistence.jooq.Sequences.USER_UNIQUE_ID_SEQ;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.lower;

import com.customerplatform.identity.adapter.out.persistence.jooq.tables.records.UserAccountRecord;
import com.customerplatform.identity.domain.user.Role;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.identity.domain.user.UserRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

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
                .where(lower(USER_ACCOUNT.USERNAME).eq(lower(login)).or(lower(USER_ACCOUNT.EMAIL).eq(lower(login))))
                .fetchOptional(JooqUserRepository::toDomain);
    }

    @Override
    public Optional<User> findByUuid(UUID uuid) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.UUID.eq(uuid)).fetchOptional(JooqUserRepository::toDomain);
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
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.LAST_LOGIN, offset(when)).where(USER_ACCOUNT.ID.eq(userId)).execute();
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

    static User toDomain(UserAccountRecord row) {
        return new User(row.getId(), row.getUuid(), row.getUniqueId(), row.getUsername(), row.getEmail(),
                row.getPasswordHash(), row.getFirstName(), row.getLastName(), row.getPhone(), row.getAddress(),
                row.getDocumentType(), row.getNumberDocumentIdentity(), Role.fromCode(row.getRole()).orElseThrow(),
                row.getIsActive(), row.getIsStaff(), row.getIsSuperuser(), row.getCompanyId(), instant(row.getLastLogin()),
                instant(row.getDateJoined()), row.getVersion(), instant(row.getCreatedAt()), instant(row.getUpdatedAt()));
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
