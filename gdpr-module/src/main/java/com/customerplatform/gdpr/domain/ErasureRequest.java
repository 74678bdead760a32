package com.customerplatform.gdpr.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The record of an erasure, kept after it without personal data: the subject appears only as the
 * SHA-256 of its uuid, which lets a repeated request find its receipt and nothing else.
 *
 * @param companyUuid the subject's company at the time, whose admins may ask for the receipt again
 * @param requestedBy the admin who asked; null when the subject asked itself
 * @param erasedRecords records erased or anonymised per section
 */
public record ErasureRequest(
        UUID id,
        String subjectHash,
        UUID companyUuid,
        UUID requestedBy,
        boolean requestedBySubject,
        Instant requestedAt,
        Instant completedAt,
        Map<String, Integer> erasedRecords) {

    public ErasureRequest {
        erasedRecords = Collections.unmodifiableMap(new LinkedHashMap<>(erasedRecords));
    }

    public static String hashOf(UUID subjectId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(subjectId.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is unavailable", unavailable);
        }
    }
}
