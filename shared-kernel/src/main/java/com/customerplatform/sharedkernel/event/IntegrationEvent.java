package com.customerplatform.sharedkernel.event;

/**
 * An event other modules and other services may consume. Implementations are records in a
 * module's {@code events} package; the outbox stores them in the publishing transaction and
 * externalizes them to the message broker after commit.
 *
 * <p>{@link #eventType()} is the routing key, {@code <channel>.<what-happened>} (e.g.
 * {@code companies.registered}); the channel before the first dot selects the exchange.
 */
public interface IntegrationEvent {

    EventMetadata metadata();

    String eventType();

    default String channel() {
        String type = eventType();
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
