package com.customerplatform.customer.domain;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A label a business puts on its customers (each company has its own set); names are unique case-insensitively. */
public record Tag(UUID id, UUID businessId, String name, String color, Instant createdAt) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Tag create(UUID businessId, String name, String color, Instant now) {
        return new Tag(UUID.randomUUID(), businessId, name(name), color(color), now);
    }

    public static String name(String value) {
        String name = value == null ? "" : value.strip();
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > 50) {
            throw InvalidInputException.of("name", "must be 1 to 50 characters");
        }
        return name;
    }

    private static String color(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!COLOR.matcher(value.strip()).matches()) {
            throw InvalidInputException.of("color", "must be a hex colour such as #1E90FF");
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
