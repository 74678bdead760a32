package com.customerplatform.identity.domain.user;

import com.customerplatform.sharedkernel.contact.EmailAddress;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.util.regex.Pattern;

/** The shape every account field must have; each check names the field it refuses. */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{2,149}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,29}");

    private AccountRules() {}

    public static String username(String value) {
        String username = required("username", value).strip();
        if (!USERNAME.matcher(username).matches()) {
            throw InvalidInputException.of(
                    "username", "must be 3-150 letters, digits or . _ @ + - and start with a letter or digit");
        }
        return username;
    }

    public static String email(String value) {
        return EmailAddress.parse("email", value).value();
    }

    /** Optional free text: {@code null} or blank clears it. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw InvalidInputException.of(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    public static String phone(String value) {
        String phone = text("phone", value, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw InvalidInputException.of("phone", "must be a phone number such as +573001234567");
        }
        return phone;
    }

    public static Role role(String code) {
        return Role.fromCode(required("role", code))
                .orElseThrow(() -> InvalidInputException.of(
                        "role", "must be one of admin, manager, customer, viewer, internal_service"));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        return value;
    }
}
