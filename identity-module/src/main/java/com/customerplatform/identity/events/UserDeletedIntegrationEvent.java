package com.customerplatform.identity.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/** {@code users.deleted}: the account no longer exists. */
public record UserDeletedIntegrationEvent(EventMetadata metadata, UUID userId, String companyId, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "users.deleted";
    }
}
