package com.customerplatform.sharedkernel.contact;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.util.regex.Pattern;

/** An email address: one {@code @}, a dotted domain, no spaces, at most 254 characters. The mailbox proves the rest. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public EmailAddress {
        if (value == null || value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    /** Parses client input, naming {@code field} in the validation error. */
    public static EmailAddress parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        try {
            return new EmailAddress(raw.strip());
        } catch (IllegalArgumentException invalid) {
            throw InvalidInputException.of(field, "must be a valid email address");
        }
    }
}
