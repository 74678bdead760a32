package com.customerplatform.company.domain.company;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A tenant of the platform. Its business key {@code companyId} (e.g. {@code COMP-001}) is what
 * users carry; its {@code uuid} is what customer profiles carry as {@code business_id}.
 */
public record Company(
        Long id,
        UUID uuid,
        String companyId,
        String name,
        String businessName,
        String documentType,
        String documentNumber,
        CompanyStatus status,
        int daysCredit,
        Instant createdAt,
        Instant updatedAt) {

    public Company {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(status, "status");
    }

    public boolean isActive() {
        return status == CompanyStatus.ACTIVE;
    }
}
