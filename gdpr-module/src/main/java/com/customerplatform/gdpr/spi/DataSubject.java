package com.customerplatform.gdpr.spi;

import java.util.Objects;
import java.util.UUID;

/**
 * Whom an export or erasure is about: a platform user, by its uuid, and the company it belongs to
 * (null when no module knows one), as {@link DataSubjects} said at the start of the request.
 *
 * @param companyOnly the request reaches only data the subject's company controls: an admin of
 *     that company asked. When the subject itself or a platform operator asks, it reaches the
 *     subject's data in every business (a user may be a customer of several).
 */
public record DataSubject(UUID id, UUID companyUuid, boolean companyOnly) {

    public DataSubject {
        Objects.requireNonNull(id, "id");
    }
}
