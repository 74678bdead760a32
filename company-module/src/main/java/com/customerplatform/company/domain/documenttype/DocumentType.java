package com.customerplatform.company.domain.documenttype;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity or tax document a person or company can be identified by (a Colombian cédula, a
 * NIT, a passport…). Each type knows the rule its numbers must pass.
 *
 * @param country ISO 3166-1 alpha-2 code, or {@code null} for documents valid everywhere (passport)
 */
public record DocumentType(
        Long id,
        DocumentTypeCode code,
        String name,
        String description,
        String country,
        DocumentNumberRule rule,
        boolean active,
        Instant createdAt) {

    public DocumentType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
    }

    public DocumentType withDetails(
            String name, String description, String country, DocumentNumberRule rule, boolean active) {
        return new DocumentType(id, code, name, description, country, rule, active, createdAt);
    }

    /** The number in this type's normal form, or empty when it does not pass the type's rule. */
    public Optional<String> normalize(String number) {
        return rule.normalize(number);
    }
}
