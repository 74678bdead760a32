package com.customerplatform.sharedkernel.patch;

import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a partial update as the client sent them: a field absent from the request stays
 * as it is, a field sent as {@code null} is cleared. Values are what a JSON object holds
 * (String, Boolean, Number, null). Built only from known field names; typed reads name the field
 * in their validation errors.
 */
public final class FieldChanges {

    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

    private final Map<String, Object> values;

    private FieldChanges(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * @param aliases other names accepted for a field (e.g. the seed's {@code active} for {@code is_active})
     */
    public static FieldChanges of(Map<String, Object> body, Set<String> knownFields, Map<String, String> aliases) {
        if (body == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            String field = aliases.getOrDefault(name, name);
            if (!knownFields.contains(field)) {
                throw new InvalidInputException(
                        UNKNOWN_FIELD,
                        "Unknown field '" + name + "'",
                        List.of(new FieldError(name, "is not a known field")));
            }
            values.put(field, value);
        });
        return new FieldChanges(values);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public Set<String> fields() {
        return Collections.unmodifiableSet(values.keySet());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The new text, or {@code null} when the field is to be cleared. */
    public String text(String field) {
        return typed(field, String.class, "must be a string");
    }

    /** For a field that cannot be cleared: {@code null} is refused. */
    public String requiredText(String field) {
        return notNull(field, text(field));
    }

    public int requiredInteger(String field) {
        return notNull(field, integer(field));
    }

    public boolean requiredFlag(String field) {
        return notNull(field, flag(field));
    }

    public Boolean flag(String field) {
        return typed(field, Boolean.class, "must be true or false");
    }

    public Integer integer(String field) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long number = ((Number) value).longValue();
            if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
                return (int) number;
            }
        }
        throw InvalidInputException.of(field, "must be a whole number");
    }

    private static <T> T notNull(String field, T value) {
        if (value == null) {
            throw InvalidInputException.of(field, "must not be null");
        }
        return value;
    }

    private <T> T typed(String field, Class<T> type, String message) {
        Object value = values.get(field);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        throw InvalidInputException.of(field, message);
    }
}
