package com.customerplatform.platform.messaging;

import com.customerplatform.sharedkernel.event.IntegrationEvent;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes integration events as Spring application events. Spring Modulith's publication
 * registry stores one publication per interested listener in the caller's transaction (the outbox);
 * Modulith's event externalizer, sending through {@link RabbitEventTransport}, is one of those listeners.
 */
@Component
class SpringIntegrationEventPublisher implements IntegrationEventPublisher {

    private final ApplicationEventPublisher events;

    SpringIntegrationEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Refuses to run outside a transaction: an event published there would not be in the outbox. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(IntegrationEvent event) {
        events.publishEvent(event);
    }
}
