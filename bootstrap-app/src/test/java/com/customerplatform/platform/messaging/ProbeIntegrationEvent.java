package com.customerplatform.platform.messaging;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.time.Clock;
import java.util.UUID;

/** A test-only integration event on the {@code probe} channel. */
record ProbeIntegrationEvent(EventMetadata metadata, String eventType, UUID subjectId, long version)
        implements IntegrationEvent {

    static ProbeIntegrationEvent of(String eventType) {
        return new ProbeIntegrationEvent(EventMetadata.next(Clock.systemUTC()), eventType, UUID.randomUUID(), 1);
    }
}
