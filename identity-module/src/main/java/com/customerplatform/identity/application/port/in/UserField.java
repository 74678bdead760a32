package com.customerplatform.identity.application.port.in;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The account fields a partial update may name, as clients spell them, and who may change them:
 * everyone their own {@link Access#PROFILE} fields; admins their company's users' {@link Access#ACCESS}
 * fields but never their own; only superusers {@link Access#PLATFORM} fields.
 */
public enum UserField {
    USERNAME("username", false, Access.PROFILE),
    EMAIL("email", false, Access.PROFILE),
    PASSWORD("password", false, Access.PROFILE),
    FIRST_NAME("first_name", true, Access.PROFILE),
    LAST_NAME("last_name", true, Access.PROFILE),
    PHONE("phone", true, Access.PROFILE),
    ADDRESS("address", true, Access.PROFILE),
    DOCUMENT_TYPE("document_type", true, Access.PROFILE),
    NUMBER_DOCUMENT_IDENTITY("number_document_identity", true, Access.PROFILE),
    ROLE("role", false, Access.ACCESS),
    IS_ACTIVE("is_active", false, Access.ACCESS),
    IS_STAFF("is_staff", false, Access.ACCESS),
    IS_SUPERUSER("is_superuser", false, Access.PLATFORM),
    COMPANY_ID("company_id", false, Access.PLATFORM);

    public enum Access {
        PROFILE,
        ACCESS,
        PLATFORM
    }

    private final String jsonName;
    private final boolean nullable;
    private final Access access;

    UserField(String jsonName, boolean nullable, Access access) {
        this.jsonName = jsonName;
        this.nullable = nullable;
        this.access = access;
    }

    public String jsonName() {
        return jsonName;
    }

    public boolean nullable() {
        return nullable;
    }

    public Access access() {
        return access;
    }

    /** Every name a partial update may use. */
    public static final Set<String> JSON_NAMES =
            Arrays.stream(values()).map(UserField::jsonName).collect(Collectors.toSet());

    /** Seed 000's {@code active} is an alias of {@code is_active}. */
    public static final Map<String, String> ALIASES = Map.of("active", "is_active");

    public static UserField fromJson(String name) {
        return Arrays.stream(values())
                .filter(field -> field.jsonName.equals(name))
                .findFirst()
                .orElseThrow();
    }
}
