package com.customerplatform.customer.application.service;

import com.customerplatform.customer.application.port.out.AvatarStorage;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.events.CustomerDeletedIntegrationEvent;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;

/**
 * Deletes a profile for good: its notes, tag links and orders go with its row, its uploaded avatar
 * once the transaction commits, and {@code customers.deleted} is published.
 */
final class ProfileRemoval {

    private final CustomerRepository customers;
    private final AvatarStorage avatars;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    ProfileRemoval(CustomerRepository customers, AvatarStorage avatars, IntegrationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.avatars = avatars;
        this.events = events;
        this.clock = clock;
    }

    void remove(Customer customer) {
        customers.delete(customer.id());
        UploadedAvatars.fileName(customer.avatarUrl()).ifPresent(avatars::delete);
        events.publish(new CustomerDeletedIntegrationEvent(
                EventMetadata.next(clock),
                customer.id(),
                customer.userId(),
                customer.businessId(),
                customer.version() + 1));
    }
}
