package com.customerplatform.identity.adapter.out.persistence;

import static com.customerplatform.identity.adapter.out.persistence.Timestamps.instant;
import static com.customerplatform.identity.adapter.out.persistence.Timestamps.offset;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.EXTERNAL_IDENTITY;

import com.customerplatform.identity.adapter.out.persistence.jooq.tables.records.ExternalIdentityRecord;
import com.customerplatform.identity.domain.external.ExternalIdentity;
import com.customerplatform.identity.domain.external.ExternalIdentityRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Links in {@code identity.external_identity}; they go with their user (foreign key cascade). */
public class JooqExternalIdentityRepository implements ExternalIdentityRepository {

    private final DSLContext dsl;

    public JooqExternalIdentityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ExternalIdentity> find(String provider, String subject) {
        return dsl.selectFrom(EXTERNAL_IDENTITY)
                .where(EXTERNAL_IDENTITY.PROVIDER.eq(provider).and(EXTERNAL_IDENTITY.SUBJECT.eq(subject)))
                .fetchOptional(JooqExternalIdentityRepository::toDomain);
    }

    @Override
    public List<ExternalIdentity> findByUser(long userId) {
        return dsl.selectFrom(EXTERNAL_IDENTITY)
                .where(EXTERNAL_IDENTITY.USER_ID.eq(userId))
                .orderBy(EXTERNAL_IDENTITY.PROVIDER)
                .fetch(JooqExternalIdentityRepository::toDomain);
    }

    @Override
    public void link(ExternalIdentity identity) {
        dsl.insertInto(EXTERNAL_IDENTITY)
                .set(EXTERNAL_IDENTITY.USER_ID, identity.userId())
                .set(EXTERNAL_IDENTITY.PROVIDER, identity.provider())
                .set(EXTERNAL_IDENTITY.SUBJECT, identity.subject())
                .set(EXTERNAL_IDENTITY.EMAIL, identity.email())
                .set(EXTERNAL_IDENTITY.LINKED_AT, offset(identity.linkedAt()))
                .set(EXTERNAL_IDENTITY.LAST_SIGN_IN_AT, offset(identity.lastSignInAt()))
                .execute();
    }

    @Override
    public void recordSignIn(String provider, String subject, Instant when) {
        dsl.update(EXTERNAL_IDENTITY)
                .set(EXTERNAL_IDENTITY.LAST_SIGN_IN_AT, offset(when))
                .where(EXTERNAL_IDENTITY.PROVIDER.eq(provider).and(EXTERNAL_IDENTITY.SUBJECT.eq(subject)))
                .execute();
    }

    @Override
    public boolean unlink(long userId, String provider) {
        return dsl.deleteFrom(EXTERNAL_IDENTITY)
                        .where(EXTERNAL_IDENTITY.USER_ID.eq(userId).and(EXTERNAL_IDENTITY.PROVIDER.eq(provider)))
                        .execute()
                > 0;
    }

    private static ExternalIdentity toDomain(ExternalIdentityRecord row) {
        return new ExternalIdentity(
                row.getUserId(),
                row.getProvider(),
                row.getSubject(),
                row.getEmail(),
                instant(row.getLinkedAt()),
                instant(row.getLastSignInAt()));
    }
}
