package com.customerplatform.platform.messaging;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.connection.CorrelationData.Confirm;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizationTransport;

/**
 * Sends outbox events to RabbitMQ and reports success only once the broker has taken
 * responsibility: a publisher confirm (ack) arrived and the message was routed to at least one
 * queue (mandatory flag, no return). A nack, a return, a timeout or a connection failure completes
 * the future exceptionally, which leaves the publication failed for the sweeper to resubmit.
 *
 * <p>It waits for the confirm on the calling listener's thread and returns a completed
 * future. Spring Modulith marks the publication completed in a stage of that future, that is, on
 * whichever thread completes it: left to the confirm, that was the broker connection's only reader
 * thread, which then wrote to the database for every event, one at a time, and read no further
 * confirms while it waited for a pooled connection. Now the write happens on the listener's thread,
 * in its turn ({@link EventListenerExecution}).
 */
class RabbitEventTransport implements EventExternalizationTransport {

    static final String TRACE_ID_HEADER = "trace_id";
    static final String APP_ID = "customer-platform";

    private final RabbitTemplate rabbit;
    private final Duration confirmTimeout;
    private final OutboxMetrics metrics;

    RabbitEventTransport(RabbitTemplate rabbit, Duration confirmTimeout, OutboxMetrics metrics) {
        this.rabbit = rabbit;
        this.confirmTimeout = confirmTimeout;
        this.metrics = metrics;
    }

    @Override
    public CompletableFuture<?> externalize(Object payload, RoutingTarget target) {
        OutboundMessage outbound = (OutboundMessage) payload;
        try {
            send(outbound, target);
        } catch (MessageNotDeliveredException notDelivered) {
            metrics.failed(outbound.eventType());
            return CompletableFuture.failedFuture(notDelivered);
        }
        metrics.published(outbound.eventType());
        return CompletableFuture.completedFuture(null);
    }

    private void send(OutboundMessage outbound, RoutingTarget target) {
        CorrelationData correlation = new CorrelationData(outbound.eventId().toString());
        try {
            rabbit.send(target.getTarget(), target.getKey(), toAmqp(outbound), correlation);
        } catch (AmqpException unreachable) {
            throw new MessageNotDeliveredException(outbound, "broker unreachable: " + unreachable.getMessage());
        }
        Confirm confirm = awaitConfirm(outbound, correlation);
        if (!confirm.ack()) {
            throw new MessageNotDeliveredException(outbound, "broker nacked it: " + confirm.reason());
        }
        if (correlation.getReturned() != null) {
            throw new MessageNotDeliveredException(
                    outbound,
                    "no queue is bound for routing key " + target.getKey() + " on " + target.getTarget() + " ("
                            + correlation.getReturned().getReplyText() + ")");
        }
    }

    private Confirm awaitConfirm(OutboundMessage outbound, CorrelationData correlation) {
        try {
            return correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new MessageNotDeliveredException(outbound, "no confirm from the broker within " + confirmTimeout);
        } catch (ExecutionException lost) {
            throw new MessageNotDeliveredException(outbound, "no confirm from the broker: " + lost.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MessageNotDeliveredException(outbound, "interrupted while waiting for the broker's confirm");
        }
    }

    private static Message toAmqp(OutboundMessage outbound) {
        return MessageBuilder.withBody(outbound.body())
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding("UTF-8")
                .setMessageId(outbound.eventId().toString())
                .setType(outbound.eventType())
                .setTimestamp(Date.from(outbound.occurredAt()))
                .setAppId(APP_ID)
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setHeader(TRACE_ID_HEADER, outbound.traceId())
                .build();
    }

    /**
     * An expected, transient outcome (the publication stays in the outbox and is retried), so it
     * carries its reason in the message and no stack trace to flood the log with.
     */
    static final class MessageNotDeliveredException extends RuntimeException {

        MessageNotDeliveredException(OutboundMessage message, String reason) {
            super(
                    "Event " + message.eventId() + " (" + message.eventType() + ") not delivered, will retry: "
                            + reason,
                    null,
                    false,
                    false);
        }
    }
}
