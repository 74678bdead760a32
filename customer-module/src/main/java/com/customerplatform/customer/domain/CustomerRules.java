package com.customerplatform.customer.domain;

import com.customerplatform.sharedkernel.contact.EmailAddress;
import com.customerplatform.sharedkernel.error.InvalidInputException;

/** The shape of profile fields (SPEC §4); each check names the field it refuses. */
public final class CustomerRules {

    private CustomerRules() {}

    public static String fullName(String value) {
        String name = value == null ? "" : value.strip();
        int length = name.codePointCount(0, name.length());
        if (length < 2 || length > 200) {
            throw InvalidInputException.of("full_name", "must be 2 to 200 characters");
        }
        return name;
    }

    /** Optional; stored as given (compared case-insensitively). */
    public static String email(String value) {
        return value == null || value.isBlank()
                ? null
                : EmailAddress.parse("email", value).value();
    }

    public static Gender gender(String value) {
        if (value == null) {
            return Gender.UNSPECIFIED;
        }
        return Gender.fromCode(value)
                .orElseThrow(() -> InvalidInputException.of("gender", "must be male, female, other or unspecified"));
    }

    public static String avatarUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        if (url.length() > 500 || !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/"))) {
            throw InvalidInputException.of("avatar_url", "must be an http(s) URL or a path of at most 500 characters");
        }
        return url;
    }
}
