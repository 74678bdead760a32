package com.customerplatform.company.domain.documenttype;

import java.util.Locale;
import java.util.regex.Pattern;

/** The catalogue key of a document type, e.g. {@code CC} or {@code NIT}; compared case-insensitively. */
public record DocumentTypeCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public DocumentTypeCode {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "document type code must be 2-30 letters, digits or '_' starting with a letter");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
