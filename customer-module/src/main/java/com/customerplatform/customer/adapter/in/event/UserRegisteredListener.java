package com.customerplatform.customer.adapter.in.event;

import com.customerplatform.customer.application.port.in.RegisterCustomerForUserUseCase;
import com.customerplatform.identity.events.UserRegisteredIntegrationEvent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A user registered with role {@code customer} gets a profile in its company. Delivered from the
 * outbox (retried until it succeeds) and idempotent, so a redelivery creates nothing twice.
 */
public class UserRegisteredListener {

    private final RegisterCustomerForUserUseCase customers;

    public UserRegisteredListener(RegisterCustomerForUserUseCase customers) {
        this.customers = customers;
    }

    @ApplicationModuleListener
    void on(UserRegisteredIntegrationEvent event) {
        if ("customer".equals(event.role()) && event.companyUuid() != null) {
            customers.registerFor(event.userId(), event.companyUuid());
        }
    }
}
