package com.customerplatform.identity.adapter.out.persistence;

import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.REFRESH_TOKEN;
import static com.customerplatform.identity.adapter.out.persistence.jooq.Tables.USER_SESSION;

import com.customerplatform.identity.domain.session.RefreshToken;
import com.customerplatform.identity.domain.session.Session;
import com.customerplatform.identity.domain.session.SessionRepository;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

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
                .set(USER_SESSION.CREATED_AT, session.createdAt().atOffset(ZoneOffset.UTC))
                .set(USER_SESSION.EXPIRES_AT, session.expiresAt().atOffset(ZoneOffset.UTC))
                .execute();
        dsl.insertInto(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.TOKEN_HASH, firstToken.hash())
                .set(REFRESH_TOKEN.SESSION_ID, session.id())
                .set(REFRESH_TOKEN.ISSUED_AT, session.createdAt().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
