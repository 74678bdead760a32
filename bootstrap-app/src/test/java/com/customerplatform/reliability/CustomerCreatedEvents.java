package com.customerplatform.reliability;

import com.customerplatform.platform.messaging.ProbeQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code customers.created} events the drills count, read from a queue of the drill's own. */
final class CustomerCreatedEvents {

    private CustomerCreatedEvents() {}

    static ProbeQueue listen(RabbitTemplate rabbit) {
        return new ProbeQueue(rabbit, "bee.customers.events", "customers.created");
    }

    /**
     * Every event of the business that arrives until each of {@code customers} has had one or the
     * time is up, duplicates included.
     */
    static List<Message> receive(
            ProbeQueue events, JsonMapper json, String businessId, Set<String> customers, Duration timeout) {
        List<Message> received = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !seen.containsAll(customers)) {
            Message message = events.next();
            if (message != null
                    && payload(json, message).get("business_id").asString().equals(businessId)) {
                received.add(message);
                seen.add(customerId(json, message));
            }
        }
        return received;
    }

    static String customerId(JsonMapper json, Message message) {
        return payload(json, message).get("customer_id").asString();
    }

    private static JsonNode payload(JsonMapper json, Message message) {
        return json.readTree(message.getBody()).get("payload");
    }
}
