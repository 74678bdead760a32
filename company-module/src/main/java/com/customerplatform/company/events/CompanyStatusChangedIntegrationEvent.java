package com.customerplatform.company.events;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.UUID;

/**
 * {@code companies.status_changed}. When a company stops being active its users' sessions end
 * (identity listens); reactivation lets them sign in again.
 */
public record CompanyStatusChangedIntegrationEvent(
        EventMetadata metadata, UUID companyUuid, String companyId, String previousStatus, String status, long version)
        implements IntegrationEvent {

    @Override
    public String eventType() {
        return "companies.status_changed";
    }

    public boolean deactivated() {
        return !"active".equals(status);
    }
}
