package com.customerplatform.gdpr.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** {@code customers.gdpr.export}: a signed export link was issued for the subject. */
public record GdprExportRequestedIntegrationEvent(
        EventMetadata metadata, UUID requestId, UUID subjectId, UUID requestedBy, Instant expiresAt)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "customers.gdpr.export";
    }
}
