package com.customerplatform.identity.domain.user;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * A password as the user typed it, checked against the policy: 8 to 64 characters and at most 72
 * UTF-8 bytes, because bcrypt ignores everything after byte 72 and a silently truncated password
 * is weaker than the user believes.
 */
public final class RawPassword {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final int MAX_BYTES = 72;

    private final String value;

    private RawPassword(String value) {
        this.value = value;
    }

    /** @param field the request field, named in the validation error */
    public static RawPassword of(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw InvalidInputException.of(field, "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw InvalidInputException.of(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInputException.of(field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        return new RawPassword(value);
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "RawPassword[****]";
    }
}
