package com.customerplatform.sharedkernel.actor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code resource:action} right such as {@code users:read}. A granted permission may use
 * {@code *} for the resource, the action or both ({@code *} alone means everything).
 */
public record Permission(String resource, String action) {

    private static final Pattern PART = Pattern.compile("\\*|[a-z][a-z_-]*");
    public static final Permission ALL = new Permission("*", "*");

    public Permission {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        if (!PART.matcher(resource).matches() || !PART.matcher(action).matches()) {
            throw new IllegalArgumentException(
                    "permission must look like resource:action, got " + resource + ":" + action);
        }
    }

    public static Permission of(String value) {
        if (value.equals("*")) {
            return ALL;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("permission must look like resource:action, got " + value);
        }
        return new Permission(value.substring(0, colon), value.substring(colon + 1));
    }

    /** Whether holding this permission grants {@code required}. */
    public boolean implies(Permission required) {
        return matches(resource, required.resource) && matches(action, required.action);
    }

    private static boolean matches(String granted, String required) {
        return granted.equals("*") || granted.equals(required);
    }

    @Override
    public String toString() {
        return equals(ALL) ? "*" : resource + ":" + action;
    }
}
