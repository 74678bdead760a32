package com.customerplatform.company.domain.company;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of company fields; each check names the field it refuses. */
public final class CompanyRules {

    public static final int MAX_DAYS_CREDIT = 3650;
    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,49}");

    private CompanyRules() {}

    public static String companyKey(String value) {
        String key = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        // At least one letter: an all-digit key could not be told from a numeric id in URLs.
        if (!KEY.matcher(key).matches() || key.chars().noneMatch(Character::isLetter)) {
            throw InvalidInputException.of(
                    "company_id", "must be 2-50 letters, digits, '-' or '_' with at least one letter (e.g. COMP-001)");
        }
        return key;
    }

    public static String name(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw InvalidInputException.of(field, "is required");
            }
            return null;
        }
        String name = value.strip();
        if (name.length() > 500) {
            throw InvalidInputException.of(field, "must be at most 500 characters");
        }
        return name;
    }

    public static int daysCredit(Integer value) {
        int days = value == null ? 0 : value;
        if (days < 0 || days > MAX_DAYS_CREDIT) {
            throw InvalidInputException.of("days_credit", "must be between 0 and " + MAX_DAYS_CREDIT);
        }
        return days;
    }

    public static CompanyStatus status(String code) {
        return CompanyStatus.fromCode(code == null ? "" : code)
                .orElseThrow(() -> InvalidInputException.of("status", "must be active, inactive or suspended"));
    }
}
