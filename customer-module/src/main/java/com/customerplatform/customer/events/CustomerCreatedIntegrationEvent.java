package com.customerplatform.customer.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/** {@code customers.created}: a customer profile exists (ids only). */
public record CustomerCreatedIntegrationEvent(
        EventMetadata metadata, UUID customerId, UUID userId, UUID businessId, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "customers.created";
    }
}
