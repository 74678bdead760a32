package com.customerplatform.identity.domain.user;

import com.customerplatform.sharedkernel.actor.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What each role may do, as {@code resource:action} permissions (docs/security.md). Superusers
 * hold every permission regardless of role. Everyone but a superuser is confined to their own
 * company; a {@code customer} to itself.
 */
public enum Role {
    ADMIN(
            "Admin",
            "users:*",
            "companies:read",
            "companies:update",
            "analytics:read",
            "customers:*",
            "customer-stats:read",
            "notes:*",
            "tags:*",
            "gdpr:*",
            "document-types:read"),
    MANAGER(
            "Manager",
            "users:read",
            "companies:read",
            "customers:read",
            "customers:update",
            "customer-stats:read",
            "notes:read",
            "notes:create",
            "tags:read",
            "tags:attach",
            "document-types:read"),
    VIEWER(
            "Viewer",
            "users:read",
            "companies:read",
            "customers:read",
            "customer-stats:read",
            "notes:read",
            "tags:read",
            "document-types:read"),
    CUSTOMER("Customer", "profile:read", "profile:update", "companies:read", "gdpr:self", "document-types:read"),
    INTERNAL_SERVICE(
            "Internal service",
            "customers:create",
            "customers:read",
            "users:read",
            "companies:read",
            "document-types:read");

    private final String displayName;
    // An unmodifiable List.copyOf of immutable permissions: Error Prone only knows Guava's ImmutableList.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<Permission> permissions;

    Role(String displayName, String... permissions) {
        this.displayName = displayName;
        this.permissions = Arrays.stream(permissions).map(Permission::of).toList();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return displayName;
    }

    public List<Permission> permissions() {
        return permissions;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
