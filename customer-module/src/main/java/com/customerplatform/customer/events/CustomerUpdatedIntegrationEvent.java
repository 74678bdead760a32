package com.customerplatform.customer.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.Map;
import java.util.UUID;

/** {@code customers.updated}: {@code changes} maps each changed field to {@code {"old": …, "new": …}}. */
public record CustomerUpdatedIntegrationEvent(
        EventMetadata metadata,
        UUID customerId,
        UUID userId,
        UUID businessId,
        Map<String, Map<String, Object>> changes,
        long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "customers.updated";
    }
}
