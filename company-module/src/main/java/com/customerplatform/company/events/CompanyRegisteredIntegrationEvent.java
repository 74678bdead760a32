package com.customerplatform.company.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/** {@code companies.created}: a tenant was onboarded. */
public record CompanyRegisteredIntegrationEvent(
        EventMetadata metadata, UUID companyUuid, String companyId, String name, String status, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "companies.created";
    }
}
