package com.customerplatform.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.Kind;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.OrderEvent;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.Outcome;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Order events from a real queue: totals and history, stats, idempotency and dead-lettering. */
class OrderEventsTest extends BusinessWithCustomerTest {

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RecordOrderEventUseCase orders;

    @Value("${platform.customers.orders.queue}")
    String queue;

    @Test
    void completedAndReturnedOrdersAddUpToTheStatsAndTheProfile() throws Exception {
        postJson("/v1/customers/" + customerId + "/notes", token(admin), Map.of("body", "Prefers delivery on Fridays"));
        postJson("/v1/customers/" + customerId + "/tags", token(admin), Map.of("names", List.of("VIP")));

        publish("orders.completed", order(UUID.randomUUID(), "A-1", "100.00", "2026-01-10T09:00:00Z"));
        publish("orders.completed", order(UUID.randomUUID(), "A-2", "50.50", "2026-03-05T23:30:00-05:00"));
        publish("orders.returned", order(UUID.randomUUID(), "A-1", "40.00", "2026-01-20T10:00:00Z"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> stats(token(viewer)).get("returned_orders").asInt() == 1
                        && stats(token(viewer)).get("total_orders").asInt() == 2);
        JsonNode stats = stats(token(viewer));
        assertThat(stats.get("customer_id").asString()).isEqualTo(customerId);
        assertThat(stats.get("lifetime_value").decimalValue()).isEqualByComparingTo("110.50");
        assertThat(stats.get("average_order_value").decimalValue()).isEqualByComparingTo("55.25");
        assertThat(stats.get("currency").asString()).isEqualTo("EUR");
        assertThat(stats.get("return_rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(stats.get("first_order_date").asString()).isEqualTo("2026-01-10");
        assertThat(stats.get("last_order_date").asString()).as("the day in UTC").isEqualTo("2026-03-06");
        assertThat(stats.get("notes_count").asLong()).isEqualTo(1);
        assertThat(stats.get("tags").valueStream().map(JsonNode::asString)).containsExactly("VIP");
        JsonNode profile = body(get("/v1/customers/" + customerId, token(admin)));
        assertThat(profile.get("total_orders").asInt()).isEqualTo(2);
        assertThat(profile.get("lifetime_value").decimalValue()).isEqualByComparingTo("110.50");
    }

    @Test
    void theSameMessageTwiceCountsOnce() throws Exception {
        UUID eventId = UUID.randomUUID();
        String completed = order(eventId, "B-1", "20.00", "2026-02-01T12:00:00Z");

        publish("orders.completed", completed);
        publish("orders.completed", completed);

        await().atMost(Duration.ofSeconds(10))
                .during(Duration.ofSeconds(1))
                .until(() -> stats(token(admin)).get("total_orders").asInt() == 1);
        assertThat(stats(token(admin)).get("lifetime_value").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(orders.record(event(eventId, Kind.COMPLETED, "B-1", "20.00")))
                .isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void aReturnBeforeItsCompletionAndPartialReturnsStillAddUp() {
        UUID customer = UUID.fromString(customerId);

        assertThat(orders.record(event(UUID.randomUUID(), Kind.RETURNED, "C-1", "10.00")))
                .isEqualTo(Outcome.RECORDED);
        assertThat(jdbc.queryForMap(
                        "SELECT total_orders, returned_orders, lifetime_value FROM customer.customers WHERE id = ?",
                        customer))
                .as("a return waits for its order")
                .containsEntry("total_orders", 0)
                .containsEntry("returned_orders", 0)
                .containsEntry("lifetime_value", new BigDecimal("0.00"));
        assertThat(orders.record(event(UUID.randomUUID(), Kind.COMPLETED, "C-1", "30.00")))
                .isEqualTo(Outcome.RECORDED);
        assertThat(orders.record(event(UUID.randomUUID(), Kind.RETURNED, "C-1", "5.00")))
                .isEqualTo(Outcome.RECORDED);

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT total_orders, returned_orders, lifetime_value FROM customer.customers WHERE id = ?", customer);
        assertThat(row.get("total_orders")).isEqualTo(1);
        assertThat(row.get("returned_orders")).isEqualTo(1);
        assertThat((BigDecimal) row.get("lifetime_value")).isEqualByComparingTo("15.00");
        orders.record(event(UUID.randomUUID(), Kind.RETURNED, "C-1", "50.00"));
        assertThat(jdbc.queryForObject(
                        "SELECT lifetime_value FROM customer.customers WHERE id = ?", BigDecimal.class, customer))
                .as("refunds never exceed the order")
                .isEqualByComparingTo("0.00");
    }

    @Test
    void eventsAboutUnknownCustomersAreAcknowledgedAndChangeNothing() {
        OrderEvent unknown = new OrderEvent(
                UUID.randomUUID(),
                Kind.COMPLETED,
                UUID.randomUUID(),
                "D-1",
                new BigDecimal("9.99"),
                "EUR",
                Instant.now());

        assertThat(orders.record(unknown)).isEqualTo(Outcome.UNKNOWN_CUSTOMER);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer.orders WHERE order_id = 'D-1'", Integer.class))
                .isZero();
    }

    @Test
    void poisonMessagesAreDeadLetteredAfterTheLastAttemptAndChangeNothing() throws Exception {
        String notJson = publish("orders.completed", "{not json");
        String otherCurrency = publish(
                "orders.completed",
                order(UUID.randomUUID(), "E-1", "10.00", "2026-02-01T12:00:00Z").replace("\"EUR\"", "\"USD\""));
        String negative = publish("orders.returned", order(UUID.randomUUID(), "E-2", "-3.00", "2026-02-01T12:00:00Z"));

        for (Message dead : deadLetters(Set.of(notJson, otherCurrency, negative))) {
            Map<String, ?> death = dead.getMessageProperties().getXDeathHeader().getFirst();
            assertThat(death.get("reason"))
                    .as("dead-lettered once the broker's delivery limit was exceeded")
                    .hasToString("delivery_limit");
            assertThat(death.get("queue")).hasToString(queue);
        }
        assertThat(stats(token(admin)).get("total_orders").asInt()).isZero();
    }

    @Test
    void messageIdsOlderThanTheDeduplicationWindowAreForgotten() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO customer.processed_messages (message_id, processed_at) VALUES (?, now() - interval '31 days')",
                old);
        jdbc.update(
                "INSERT INTO customer.processed_messages (message_id, processed_at) VALUES (?, now() - interval '1 day')",
                recent);

        assertThat(orders.forgetOldMessageIds()).isPositive();

        assertThat(jdbc.queryForList(
                        "SELECT message_id FROM customer.processed_messages WHERE message_id IN (?, ?)",
                        UUID.class,
                        old,
                        recent))
                .containsExactly(recent);
    }

    @Test
    void statsAreForTheBusinessStaffOnly() throws Exception {
        assertThat(get("/v1/customers/" + customerId + "/stats", token(viewer)).statusCode())
                .isEqualTo(200);
        assertError(get("/v1/customers/" + customerId + "/stats", token(customerUser)), 403, "FORBIDDEN");
        TestUser service = new TestAccounts(jdbc).user(company, "internal_service");
        assertError(get("/v1/customers/" + customerId + "/stats", token(service)), 403, "FORBIDDEN");
        assertError(get("/v1/customers/" + customerId + "/stats", token(otherAdmin)), 404, "CUSTOMER_NOT_FOUND");
        assertError(get("/v1/customers/" + UUID.randomUUID() + "/stats", token(admin)), 404, "CUSTOMER_NOT_FOUND");
        assertError(get("/v1/customers/not-a-uuid/stats", token(admin)), 400, "BAD_REQUEST");
        JsonNode empty = stats(token(admin));
        assertThat(empty.get("average_order_value").decimalValue()).isEqualByComparingTo("0");
        assertThat(empty.get("return_rate").decimalValue()).isEqualByComparingTo("0");
        assertThat(empty.get("first_order_date").isNull()).isTrue();
    }

    private String order(UUID eventId, String orderId, String amount, String occurredAt) {
        return """
                {"event_id": "%s", "customer_id": "%s", "order_id": "%s", "total_amount": %s, "currency": "EUR",
                 "occurred_at": "%s", "producer": "orders-service"}""".formatted(eventId, customerId, orderId, amount, occurredAt);
    }

    private OrderEvent event(UUID eventId, Kind kind, String orderId, String amount) {
        return new OrderEvent(
                eventId, kind, UUID.fromString(customerId), orderId, new BigDecimal(amount), "EUR", Instant.now());
    }

    /** Publishes as the orders context would; returns the AMQP message id. */
    private String publish(String routingKey, String body) {
        String messageId = UUID.randomUUID().toString();
        rabbit.send(
                "bee.orders.events",
                routingKey,
                MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(messageId)
                        .build());
        return messageId;
    }

    /** The dead letters of these messages, in whichever order the broker gave up on them. */
    private Collection<Message> deadLetters(Set<String> messageIds) {
        Map<String, Message> dead = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (dead.size() < messageIds.size() && System.nanoTime() < deadline) {
            Message message = rabbit.receive(queue + ".dlq", 200);
            if (message != null
                    && messageIds.contains(message.getMessageProperties().getMessageId())) {
                dead.put(message.getMessageProperties().getMessageId(), message);
            }
        }
        assertThat(dead.keySet()).as("messages that reached " + queue + ".dlq").isEqualTo(messageIds);
        return dead.values();
    }

    private JsonNode stats(String token) throws Exception {
        var response = get("/v1/customers/" + customerId + "/stats", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }
}
