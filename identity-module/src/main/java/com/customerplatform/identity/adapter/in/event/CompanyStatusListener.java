package com.customerplatform.identity.adapter.in.event;

import com.customerplatform.company.events.CompanyStatusChangedIntegrationEvent;
import com.customerplatform.identity.application.port.in.EndCompanySessionsUseCase;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Ends the sessions of a company's users when it is suspended or deactivated. Runs after the
 * company's change committed, from the outbox, so it is retried until it succeeds.
 */
public class CompanyStatusListener {

    private final EndCompanySessionsUseCase sessions;

    public CompanyStatusListener(EndCompanySessionsUseCase sessions) {
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(CompanyStatusChangedIntegrationEvent event) {
        if (event.deactivated()) {
            sessions.endSessionsOf(event.companyId());
        }
    }
}
