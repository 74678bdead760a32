package com.customerplatform.identity.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of sessions and their refresh tokens. */
public interface SessionRepository {

    void start(Session session, RefreshToken firstToken);

    Optional<Session> find(UUID sessionId);

    /** Every session of the user, live or ended, newest first. */
    List<Session> findByUser(long userId);

    /** The session a refresh token was issued for, by the token's hash. */
    Optional<IssuedRefreshToken> findToken(String tokenHash);

    /**
     * Spends a refresh token: true if it was unused and is now used, false if it had been used
     * already (a replay). Atomic, so two concurrent refreshes cannot both win.
     */
    boolean spend(String tokenHash, Instant when);

    void addToken(UUID sessionId, RefreshToken token, Instant issuedAt);

    void revoke(UUID sessionId, Instant when);

    /** Revokes every live session of the user except {@code keep} (may be null); returns their ids. */
    List<UUID> revokeAllOf(long userId, UUID keep, Instant when);

    /** Revokes every live session of the company's users; returns their ids. */
    List<UUID> revokeAllOfCompany(String companyId, Instant when);

    record IssuedRefreshToken(UUID sessionId, Instant usedAt) {}
}
