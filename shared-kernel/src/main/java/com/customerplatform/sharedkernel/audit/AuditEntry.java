package com.customerplatform.sharedkernel.audit;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One fact for the audit trail. Never put passwords, tokens or other secrets in it; personal data
 * only as far as the entry needs it (GDPR erasure scrubs entries about a subject).
 *
 * @param action what was attempted, {@code <resource>.<verb>} (e.g. {@code auth.login})
 * @param outcome {@code success}, {@code failure}, {@code denied}, …
 * @param actorId who acted, if known
 * @param subjectId the user the entry is about, if any (what erasure looks for)
 * @param clientAddress where the request came from
 * @param details a few more facts (e.g. a reason code)
 */
public record AuditEntry(
        String action,
        String outcome,
        UUID actorId,
        UUID subjectId,
        String clientAddress,
        Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
