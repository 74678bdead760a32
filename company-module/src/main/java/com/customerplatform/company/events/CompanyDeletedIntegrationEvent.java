package com.customerplatform.company.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/** {@code companies.deleted}: the tenant (which had no users left) is gone. */
public record CompanyDeletedIntegrationEvent(EventMetadata metadata, UUID companyUuid, String companyId, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "companies.deleted";
    }
}
