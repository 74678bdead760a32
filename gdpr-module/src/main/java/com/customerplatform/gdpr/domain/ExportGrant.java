package com.customerplatform.gdpr.domain;

import java.time.Instant;
import java.util.UUID;

/** The right to download one subject's export until {@code expiresAt}, carried by a signed token. */
public record ExportGrant(UUID subjectId, UUID requestId, Instant expiresAt, String token) {}
