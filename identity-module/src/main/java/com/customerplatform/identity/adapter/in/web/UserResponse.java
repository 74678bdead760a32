package com.customerplatform.identity.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

/** A user as seed 000 shows it, plus its public {@code uuid}. Never the password hash. */
public record UserResponse(
        Long id,
        UUID uuid,
        String uniqueId,
        String username,
        String firstName,
        String lastName,
        String email,
        String phone,
        String address,
        String numberDocumentIdentity,
        String documentType,
        boolean isActive,
        boolean isStaff,
        boolean isSuperuser,
        String companyId,
        String role,
        Instant lastLogin,
        Instant dateJoined,
        Instant createdAt,
        Instant updatedAt) {}
