package com.customerplatform.customer.adapter.in.messaging;

import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;

/**
 * Consumes {@code orders.completed} and {@code orders.returned} (docs/events.md). A message that
 * fails is returned to its quorum queue, which dead-letters it once it has been delivered
 * {@code max-attempts} times; the broker counts, so the count survives restarts.
 */
public class OrderEventListener {

    private static final Logger log = LoggerFactory.getLogger(OrderEventListener.class);

    private final RecordOrderEventUseCase orders;
    private final MeterRegistry metrics;

    public OrderEventListener(RecordOrderEventUseCase orders, MeterRegistry metrics) {
        this.orders = orders;
        this.metrics = metrics;
    }

    @RabbitListener(queues = "${platform.customers.orders.queue}")
    public void onOrderEvent(Message message) {
        Outcome outcome;
        try {
            outcome = orders.record(OrderMessages.parse(message));
        } catch (RuntimeException failed) {
            count("failed");
            log.warn("Order message {} ({}) failed and goes back to the queue: {}", message.getMessageProperties().getMessageId(),
                    message.getMessageProperties().getReceivedRoutingKey(), failed.getMessage());
            throw failed;
        }
        if (outcome == Outcome.UNKNOWN_CUSTOMER) {
            log.info("Order message {} is about a customer this platform does not have (deleted or erased); ignored",
                    message.getMessageProperties().getMessageId());
        }
        count(outcome.name().toLowerCase(Locale.ROOT));
    }

    private void count(String outcome) {
        Counter.builder("customer.order.events").description("Order events consumed, by outcome").tag("outcome", outcome)
                .register(metrics).increment();
    }
}
