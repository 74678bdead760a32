package com.customerplatform.identity.domain.user;

import com.customerplatform.sharedkernel.actor.Permission;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user account. {@code uuid} is its public identity (token subject, what customer profiles point
 * to); {@code uniqueId} ({@code USER-10000000}) its human-readable key.
 *
 * @param passwordHash bcrypt hash; {@code null} for an account provisioned through an external
 *     provider, which signs in only there until an administrator sets a password
 * @param companyId the business key of the user's company; {@code null} only for platform operators
 */
public record User(
        Long id,
        UUID uuid,
        String uniqueId,
        String username,
        String email,
        String passwordHash,
        String firstName,
        String lastName,
        String phone,
        String address,
        String documentType,
        String numberDocumentIdentity,
        Role role,
        boolean active,
        boolean staff,
        boolean superuser,
        String companyId,
        Instant lastLogin,
        Instant dateJoined,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public User {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }

    /** A platform operator created from configuration when the platform has no user yet. */
    public static User firstSuperuser(
            String uniqueId, String username, String email, String passwordHash, Instant now) {
        return new User(
                null,
                UUID.randomUUID(),
                uniqueId,
                username,
                email,
                passwordHash,
                null,
                null,
                null,
                null,
                null,
                null,
                Role.ADMIN,
                true,
                true,
                true,
                null,
                null,
                now,
                0,
                now,
                now);
    }

    /** A {@code customer} of the company, created at a first sign-in through an external provider. */
    public static User provisioned(
            String uniqueId,
            String username,
            String email,
            String firstName,
            String lastName,
            String companyId,
            Instant now) {
        return new User(
                null,
                UUID.randomUUID(),
                uniqueId,
                username,
                email,
                null,
                firstName,
                lastName,
                null,
                null,
                null,
                null,
                Role.CUSTOMER,
                true,
                false,
                false,
                companyId,
                null,
                now,
                0,
                now,
                now);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Every permission the account holds: its role's, or all of them for a superuser. */
    public List<Permission> permissions() {
        return superuser ? List.of(Permission.ALL) : role.permissions();
    }

    public User loggedInAt(Instant when) {
        return new User(
                id,
                uuid,
                uniqueId,
                username,
                email,
                passwordHash,
                firstName,
                lastName,
                phone,
                address,
                documentType,
                numberDocumentIdentity,
                role,
                active,
                staff,
                superuser,
                companyId,
                when,
                dateJoined,
                version,
                createdAt,
                updatedAt);
    }
}
