package com.customerplatform.identity.domain.session;

/** Persistence port of sessions and their refresh tokens. */
public interface SessionRepository {

    void start(Session session, RefreshToken firstToken);
}
