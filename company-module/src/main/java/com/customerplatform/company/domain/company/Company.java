package com.customerplatform.company.domain.company;

import com.customerplatform.sharedkernel.error.ConflictException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A tenant of the platform. Its business key {@code companyId} (e.g. {@code COMP-001}) is what
 * users carry; its {@code uuid} is what customer profiles carry as {@code business_id}.
 *
 * @param documentNumber in the normal form of its document type
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
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static final String INVALID_STATUS_TRANSITION = "INVALID_STATUS_TRANSITION";

    public Company {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    /** A new tenant starts active. */
    public static Company register(
            String companyId,
            String name,
            String businessName,
            String documentType,
            String documentNumber,
            int daysCredit,
            Instant now) {
        return new Company(
                null,
                UUID.randomUUID(),
                companyId,
                name,
                businessName,
                documentType,
                documentNumber,
                CompanyStatus.ACTIVE,
                daysCredit,
                0,
                now,
                now);
    }

    public boolean isActive() {
        return status == CompanyStatus.ACTIVE;
    }

    /** The company in its new status; an unchanged status is no move at all. */
    public Company moveTo(CompanyStatus next, Instant now) {
        if (next == status) {
            return this;
        }
        if (!status.canMoveTo(next)) {
            throw new ConflictException(
                    INVALID_STATUS_TRANSITION, "A " + status.code() + " company cannot become " + next.code());
        }
        return new Company(
                id,
                uuid,
                companyId,
                name,
                businessName,
                documentType,
                documentNumber,
                next,
                daysCredit,
                version,
                createdAt,
                now);
    }

    public Company withProfile(
            String name, String businessName, String documentType, String documentNumber, int daysCredit, Instant now) {
        return new Company(
                id,
                uuid,
                companyId,
                name,
                businessName,
                documentType,
                documentNumber,
                status,
                daysCredit,
                version,
                createdAt,
                now);
    }
}
