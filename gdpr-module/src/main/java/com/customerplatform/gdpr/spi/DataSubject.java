package com.customerplatform.gdpr.spi;

import java.util.Objects;
import java.util.UUID;

/**
 * Whom an export or erasure is about: a platform user, by its uuid, and the company it belongs to
 * (null when no module knows one), as {@link DataSubjects} said at the start of the request.
 */
public record DataSubject(UUID id, UUID companyUuid) {

    public DataSubject {
        Objects.requireNonNull(id, "id");
    }
}
