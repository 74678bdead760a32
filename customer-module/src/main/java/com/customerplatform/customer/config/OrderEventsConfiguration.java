package com.customerplatform.customer.config;

import com.customerplatform.customer.adapter.in.messaging.OrderEventListener;
import com.customerplatform.customer.adapter.in.scheduling.ProcessedMessagesPurge;
import com.customerplatform.customer.application.service.OrderEventService;
import com.customerplatform.customer.domain.OrderHistory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consumer of other bounded contexts' order events: a durable quorum queue bound to their
 * exchange, and beside it {@code <queue>.dlx} and {@code <queue>.dlq} for the messages that failed
 * {@code max-attempts} deliveries. Declared on the first connection to the broker.
 */
@Configuration(proxyBeanMethods = false)
public class OrderEventsConfiguration {

    @Bean
    Declarables orderEventsTopology(
            @Value("${platform.customers.orders.exchange}") String exchangeName,
            @Value("${platform.customers.orders.queue}") String queueName,
            @Value("${platform.customers.orders.max-attempts}") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("platform.customers.orders.max-attempts must be at least 1");
        }
        TopicExchange orders = new TopicExchange(exchangeName, true, false);
        FanoutExchange deadLetters = new FanoutExchange(queueName + ".dlx", true, false);
        Queue deadLetterQueue = QueueBuilder.durable(queueName + ".dlq").build();
        // The broker counts deliveries; past the limit of redeliveries it dead-letters the message.
        Queue queue = QueueBuilder.durable(queueName)
                .quorum()
                .deliveryLimit(maxAttempts - 1)
                .deadLetterExchange(deadLetters.getName())
                .build();
        return new Declarables(
                orders,
                deadLetters,
                deadLetterQueue,
                queue,
                BindingBuilder.bind(queue).to(orders).with("orders.completed"),
                BindingBuilder.bind(queue).to(orders).with("orders.returned"),
                BindingBuilder.bind(deadLetterQueue).to(deadLetters));
    }

    @Bean
    OrderEventService orderEventService(
            OrderHistory history,
            @Value("${platform.customers.orders.currency}") String currency,
            @Value("${platform.customers.orders.deduplication-window}") Duration deduplicationWindow,
            Clock clock) {
        return new OrderEventService(history, currency, deduplicationWindow, clock);
    }

    @Bean
    ProcessedMessagesPurge processedMessagesPurge(OrderEventService orders) {
        return new ProcessedMessagesPurge(orders);
    }

    @Bean
    OrderEventListener orderEventListener(OrderEventService orders, MeterRegistry metrics) {
        return new OrderEventListener(orders, metrics);
    }
}
