package com.customerplatform.identity.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.List;
import java.util.UUID;

/** {@code users.updated}: the names (snake_case) of the account fields that changed, not their values. */
public record UserUpdatedIntegrationEvent(
        EventMetadata metadata, UUID userId, String companyId, List<String> changes, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "users.updated";
    }
}
