package com.customerplatform.customer.adapter.in.messaging;

import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.Outcome;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;

/**
 * Consumes {@code orders.completed} and {@code orders.returned} (docs/events.md). A message that
 * fails is returned to its quorum queue, which dead-letters it once it has been delivered
 * {@code max-attempts} times; the broker counts, so the count survives restarts. A failure that
 * is not the message's fault (the database away) waits before handing the message back, longer
 * each delivery, so that a short outage does not use up its attempts in milliseconds.
 */
public class OrderEventListener {

    private static final Logger log = LoggerFactory.getLogger(OrderEventListener.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

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
        } catch (InvalidInputException invalid) {
            count("failed");
            log.warn(
                    "Order message {} ({}) breaks the contract and goes back to the queue: {}",
                    message.getMessageProperties().getMessageId(),
                    message.getMessageProperties().getReceivedRoutingKey(),
                    invalid.getMessage());
            throw invalid;
        } catch (RuntimeException failed) {
            count("failed");
            Duration backoff = backoff(message);
            log.warn(
                    "Order message {} ({}) could not be applied; back to the queue in {} ms: {}",
                    message.getMessageProperties().getMessageId(),
                    message.getMessageProperties().getReceivedRoutingKey(),
                    backoff.toMillis(),
                    failed.getMessage());
            sleep(backoff);
            throw failed;
        }
        if (outcome == Outcome.UNKNOWN_CUSTOMER) {
            log.info(
                    "Order message {} is about a customer this platform does not have (deleted or erased); ignored",
                    message.getMessageProperties().getMessageId());
        }
        count(outcome.name().toLowerCase(Locale.ROOT));
    }

    /** 0.5 s, 2 s, 8 s, 30 s…: by the broker's count of earlier deliveries ({@code x-delivery-count}). */
    private static Duration backoff(Message message) {
        Object header = message.getMessageProperties().getHeader("x-delivery-count");
        int earlier = header instanceof Number count ? count.intValue() : 0;
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(2 * earlier, 10));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void count(String outcome) {
        Counter.builder("customer.order.events")
                .description("Order events consumed, by outcome")
                .tag("outcome", outcome)
                .register(metrics)
                .increment();
    }
}
