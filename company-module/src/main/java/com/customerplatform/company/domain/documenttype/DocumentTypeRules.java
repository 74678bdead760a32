package com.customerplatform.company.domain.documenttype;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shape of catalogue fields; each check names the field it refuses. */
public final class DocumentTypeRules {

    private DocumentTypeRules() {}

    public static DocumentTypeCode code(String value) {
        try {
            return new DocumentTypeCode(value);
        } catch (IllegalArgumentException malformed) {
            throw InvalidInputException.of("code", malformed.getMessage());
        }
    }

    public static String name(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("name", "is required");
        }
        if (value.strip().length() > 255) {
            throw InvalidInputException.of("name", "must be at most 255 characters");
        }
        return value.strip();
    }

    public static String description(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 2000) {
            throw InvalidInputException.of("description", "must be at most 2000 characters");
        }
        return value.strip();
    }

    /** ISO 3166-1 alpha-2, or null for a document valid in every country. */
    public static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String country = value.strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw InvalidInputException.of("country", "must be an ISO 3166-1 alpha-2 code such as CO");
        }
        return country;
    }

    public static DocumentNumberRule rule(String value) {
        return Arrays.stream(DocumentNumberRule.values())
                .filter(rule -> rule.name().equals(value))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "validation_rule",
                        "must be one of "
                                + Arrays.stream(DocumentNumberRule.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))));
    }
}
