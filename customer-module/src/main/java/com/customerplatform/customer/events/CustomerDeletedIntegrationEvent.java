package com.customerplatform.customer.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/** {@code customers.deleted}: the profile and everything attached to it are gone. */
public record CustomerDeletedIntegrationEvent(
        EventMetadata metadata, UUID customerId, UUID userId, UUID businessId, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "customers.deleted";
    }
}
