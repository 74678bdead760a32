package com.customerplatform.identity.domain.external;

import java.util.Objects;

/**
 * Who an external provider says signed in, from its verified ID token.
 *
 * @param emailVerified whether the provider vouches that the person controls {@code email}; only
 *     then may the account be linked to an existing user by that email
 */
public record ExternalAccount(
        String provider, String subject, String email, boolean emailVerified, String givenName, String familyName) {

    public ExternalAccount {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
    }

    public boolean hasVerifiedEmail() {
        return emailVerified && email != null && !email.isBlank();
    }
}
