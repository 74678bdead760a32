package com.customerplatform.gdpr.spi;

import java.util.Optional;
import java.util.UUID;

/** Implemented by the module that knows platform users: whose admins may act for a subject. */
public interface DataSubjects {

    /** The uuid of the company the subject belongs to, if the subject is a known user. */
    Optional<UUID> companyOf(UUID subjectId);
}
