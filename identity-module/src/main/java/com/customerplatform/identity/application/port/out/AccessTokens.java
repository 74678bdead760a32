package com.customerplatform.identity.application.port.out;

import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.actor.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Signed, short-lived access tokens: issuing them and checking presented ones. */
public interface AccessTokens {

    IssuedAccessToken issue(User user, CompanyDirectory.CompanyInfo company, UUID sessionId);

    /** The actor of a genuine, unexpired access token of this platform; empty for anything else. */
    Optional<VerifiedAccessToken> verify(String token);

    /** The public keys tokens may be verified with, as JSON Web Keys. */
    List<Map<String, ?>> publicKeys();

    record IssuedAccessToken(String value, Duration lifetime) {}

    /** {@code validUntil}: the instant from which the token is refused (its expiry plus the clock skew). */
    record VerifiedAccessToken(Actor actor, String tokenId, Instant validUntil) {}
}
