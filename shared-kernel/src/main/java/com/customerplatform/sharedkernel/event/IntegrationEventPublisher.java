package com.customerplatform.sharedkernel.event;

/**
 * Outbound port for integration events. Must be called inside the transaction that makes the
 * change: the event is stored with it and sent only if it commits.
 */
public interface IntegrationEventPublisher {

    void publish(IntegrationEvent event);
}
