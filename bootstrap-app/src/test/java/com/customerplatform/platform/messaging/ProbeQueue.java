package com.customerplatform.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** A throw-away queue (deleted after each test) bound to one routing key, read by the test as a consumer would. */
public final class ProbeQueue {

    private final RabbitTemplate rabbit;
    private final RabbitAdmin admin;
    private final Queue queue = new Queue("platform.test.probe." + UUID.randomUUID(), false, false, false);
    private final Binding binding;

    public ProbeQueue(RabbitTemplate rabbit, String exchange, String routingKey) {
        this.rabbit = rabbit;
        this.admin = new RabbitAdmin(rabbit);
        admin.declareExchange(new TopicExchange(exchange, true, false));
        admin.declareQueue(queue);
        binding = BindingBuilder.bind(queue).to(new TopicExchange(exchange)).with(routingKey);
        admin.declareBinding(binding);
    }

    /** Every message that arrives within the timeout whose message id is one of {@code eventIds}. */
    public List<Message> receive(List<UUID> eventIds, Duration timeout) {
        List<Message> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline
                && received.stream()
                                .map(m -> m.getMessageProperties().getMessageId())
                                .distinct()
                                .count()
                        < eventIds.size()) {
            Message message = rabbit.receive(queue.getName(), 200);
            if (message != null
                    && eventIds.contains(
                            UUID.fromString(message.getMessageProperties().getMessageId()))) {
                received.add(message);
            }
        }
        return received;
    }

    /** Every message that arrives within the timeout for which {@code matches} holds. */
    public List<Message> receiveMatching(
            java.util.function.Predicate<Message> matches, int expected, Duration timeout) {
        List<Message> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && received.size() < expected) {
            Message message = rabbit.receive(queue.getName(), 200);
            if (message != null && matches.test(message)) {
                received.add(message);
            }
        }
        return received;
    }

    /** The next message, waiting for at most 200 ms; null if none came. */
    public @Nullable Message next() {
        return rabbit.receive(queue.getName(), 200);
    }

    public void delete() {
        admin.deleteQueue(queue.getName());
    }
}
