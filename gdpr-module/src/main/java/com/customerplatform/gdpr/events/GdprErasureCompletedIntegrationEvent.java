package com.customerplatform.gdpr.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/**
 * {@code customers.gdpr.erased}: everything the platform held about the subject is gone; services
 * that keep their own copies erase theirs.
 */
public record GdprErasureCompletedIntegrationEvent(EventMetadata metadata, UUID requestId, UUID subjectId)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "customers.gdpr.erased";
    }
}
