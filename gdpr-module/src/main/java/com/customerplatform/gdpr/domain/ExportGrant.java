package com.customerplatform.gdpr.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The right to download one subject's export until {@code expiresAt}, carried by a signed token.
 *
 * @param companyOnly the export reaches only the subject's company's data (an admin asked)
 */
public record ExportGrant(UUID subjectId, boolean companyOnly, UUID requestId, Instant expiresAt, String token) {}
