package com.customerplatform.company.adapter.in.web;

import java.time.Instant;

/** A catalogue entry as seed 000 shows it, plus the country and the rule its numbers must pass. */
public record DocumentTypeResponse(
        Long id,
        String name,
        String code,
        String description,
        String country,
        String validationRule,
        boolean active,
        Instant createdAt) {}
