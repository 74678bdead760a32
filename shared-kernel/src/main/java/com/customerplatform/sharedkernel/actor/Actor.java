package com.customerplatform.sharedkernel.actor;

import com.customerplatform.sharedkernel.error.ForbiddenException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller of a use case. Application services decide with it what the caller may
 * see and do; they never see how it was authenticated.
 *
 * @param userId the user's public uuid (the token subject)
 * @param companyKey the business key of the caller's company ({@code COMP-001}); {@code null} for a
 *     platform operator without a company
 * @param companyUuid the same company's uuid, which customer profiles refer to
 * @param role the role code ({@code admin}, {@code customer}, …)
 * @param superuser a platform operator: sees and may manage every company
 * @param sessionId the sign-in session the caller's token belongs to
 */
public record Actor(
        UUID userId,
        String companyKey,
        UUID companyUuid,
        String role,
        Set<Permission> permissions,
        boolean superuser,
        UUID sessionId) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        permissions = Set.copyOf(permissions);
    }

    public boolean can(Permission required) {
        return superuser || permissions.stream().anyMatch(granted -> granted.implies(required));
    }

    public boolean can(String required) {
        return can(Permission.of(required));
    }

    /** Refuses with 403 a caller whose role may never do this (SPEC §8), wherever the resource is. */
    public void require(String permission) {
        if (!can(permission)) {
            throw new ForbiddenException("FORBIDDEN", "Your role may not do this (" + permission + ")");
        }
    }

    /** Whether data of the given company is visible to this actor (company-level isolation). */
    public boolean seesCompany(String companyKey) {
        return superuser || (this.companyKey != null && this.companyKey.equals(companyKey));
    }

    public boolean is(UUID userId) {
        return this.userId.equals(userId);
    }
}
