package com.customerplatform.customer.domain;

import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An internal note staff keep about a customer; its author is the signed-in user who wrote it
 * ({@code authorId} null once that user was erased: the note is about the customer, not its author).
 */
public record Note(UUID id, UUID customerId, UUID authorId, String body, Instant createdAt) {

    public static final int MAX_LENGTH = 5000;

    public Note {
        Objects.requireNonNull(customerId, "customerId");
    }

    public static Note write(UUID customerId, UUID authorId, String body, Instant now) {
        String text = body == null ? "" : body.strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw InvalidInputException.of("body", "must be 1 to " + MAX_LENGTH + " characters");
        }
        return new Note(UUID.randomUUID(), customerId, authorId, text, now);
    }
}
