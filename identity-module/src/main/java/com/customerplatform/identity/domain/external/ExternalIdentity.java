package com.customerplatform.identity.domain.external;

import java.time.Instant;
import java.util.Objects;

/**
 * An account at an external OpenID Connect provider, linked to one user: whoever the provider
 * vouches for as {@code subject} signs in as that user.
 *
 * @param provider the configured provider's name ({@code google})
 * @param subject the provider's stable id of the person ({@code sub}), never their email
 * @param email the email the provider vouched for when the link was made
 */
public record ExternalIdentity(
        long userId, String provider, String subject, String email, Instant linkedAt, Instant lastSignInAt) {

    public ExternalIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
    }

    public static ExternalIdentity link(long userId, ExternalAccount account, Instant now) {
        return new ExternalIdentity(userId, account.provider(), account.subject(), account.email(), now, now);
    }
}
