package com.customerplatform.identity.adapter.out.persistence;

import static com.customerplatform.identity.adapter.out.persistence.Timestamps.instant;
import static com.customerplatform.identity.adapter.out.persistence.Timestamps.offset;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.REFRESH_TOKEN;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.USER_ACCOUNT;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.USER_SESSION;

import com.customerplatform.identity.adapter.out.persistence.jooq.tables.records.UserSessionRecord;
import com.customerplatform.identity.domain.session.RefreshToken;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.session.SessionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Sessions in {@code identity.user_session}, refresh-token hashes in {@code identity.refresh_token}. */
public class JooqSessionRepository implements SessionRepository {

    private final DSLContext dsl;

    public JooqSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void start(Session session, RefreshToken firstToken) {
        dsl.insertInto(USER_SESSION)
                .set(USER_SESSION.ID, session.id())
                .set(USER_SESSION.USER_ID, session.userId())
                .set(USER_SESSION.CREATED_AT, offset(session.createdAt()))
                .set(USER_SESSION.EXPIRES_AT, offset(session.expiresAt()))
                .execute();
        addToken(session.id(), firstToken, session.createdAt());
    }

    @Override
    public Optional<Session> find(UUID sessionId) {
        return dsl.selectFrom(USER_SESSION)
                .where(USER_SESSION.ID.eq(sessionId))
                .fetchOptional(JooqSessionRepository::toDomain);
    }

    @Override
    public List<Session> findByUser(long userId) {
        return dsl.selectFrom(USER_SESSION)
                .where(USER_SESSION.USER_ID.eq(userId))
                .orderBy(USER_SESSION.CREATED_AT.desc())
                .fetch(JooqSessionRepository::toDomain);
    }

    @Override
    public Optional<IssuedRefreshToken> findToken(String tokenHash) {
        return dsl.select(REFRESH_TOKEN.SESSION_ID, REFRESH_TOKEN.USED_AT)
                .from(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(row -> new IssuedRefreshToken(row.value1(), instant(row.value2())));
    }

    @Override
    public boolean spend(String tokenHash, Instant when) {
        return dsl.update(REFRESH_TOKEN)
                        .set(REFRESH_TOKEN.USED_AT, offset(when))
                        .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash).and(REFRESH_TOKEN.USED_AT.isNull()))
                        .execute()
                == 1;
    }

    @Override
    public void addToken(UUID sessionId, RefreshToken token, Instant issuedAt) {
        dsl.insertInto(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.TOKEN_HASH, token.hash())
                .set(REFRESH_TOKEN.SESSION_ID, sessionId)
                .set(REFRESH_TOKEN.ISSUED_AT, offset(issuedAt))
                .execute();
    }

    @Override
    public void revoke(UUID sessionId, Instant when) {
        dsl.update(USER_SESSION)
                .set(USER_SESSION.REVOKED_AT, offset(when))
                .where(USER_SESSION.ID.eq(sessionId).and(USER_SESSION.REVOKED_AT.isNull()))
                .execute();
    }

    @Override
    public List<UUID> revokeAllOf(long userId, UUID keep, Instant when) {
        return dsl.update(USER_SESSION)
                .set(USER_SESSION.REVOKED_AT, offset(when))
                .where(USER_SESSION
                        .USER_ID
                        .eq(userId)
                        .and(USER_SESSION.REVOKED_AT.isNull())
                        .and(keep == null ? DSL.noCondition() : USER_SESSION.ID.ne(keep)))
                .returning(USER_SESSION.ID)
                .fetch(USER_SESSION.ID);
    }

    @Override
    public List<UUID> revokeAllOfCompany(String companyId, Instant when) {
        return dsl.update(USER_SESSION)
                .set(USER_SESSION.REVOKED_AT, offset(when))
                .where(USER_SESSION
                        .REVOKED_AT
                        .isNull()
                        .and(USER_SESSION.USER_ID.in(DSL.select(USER_ACCOUNT.ID)
                                .from(USER_ACCOUNT)
                                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId)))))
                .returning(USER_SESSION.ID)
                .fetch(USER_SESSION.ID);
    }

    private static Session toDomain(UserSessionRecord row) {
        return new Session(
                row.getId(),
                row.getUserId(),
                row.getCreatedAt().toInstant(),
                row.getExpiresAt().toInstant(),
                instant(row.getRevokedAt()));
    }
}
