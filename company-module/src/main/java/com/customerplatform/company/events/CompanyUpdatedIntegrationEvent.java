package com.customerplatform.company.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.List;
import java.util.UUID;

/** {@code companies.updated}: profile fields changed (their names in {@code changes}). */
public record CompanyUpdatedIntegrationEvent(
        EventMetadata metadata, UUID companyUuid, String companyId, List<String> changes, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "companies.updated";
    }
}
