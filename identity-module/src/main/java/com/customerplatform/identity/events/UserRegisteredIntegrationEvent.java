package com.customerplatform.identity.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/** {@code users.created}: an account was registered (e.g. a {@code customer} who needs a profile). */
public record UserRegisteredIntegrationEvent(
        EventMetadata metadata,
        UUID userId,
        String uniqueId,
        String companyId,
        UUID companyUuid,
        String role,
        long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "users.created";
    }
}
