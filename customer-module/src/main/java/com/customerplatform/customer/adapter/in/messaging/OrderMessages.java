package com.customerplatform.customer.adapter.in.messaging;

import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.Kind;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.OrderEvent;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the order contract of docs/events.md: a flat JSON object; members it does not know are
 * ignored (a tolerant reader), members it needs but cannot read stay null for the use case's
 * validation to name. The kind comes from the routing key, else from {@code event_type}.
 */
final class OrderMessages {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private OrderMessages() {}

    static OrderEvent parse(Message message) {
        JsonNode body;
        try {
            body = JSON.readTree(message.getBody());
        } catch (JacksonException malformed) {
            throw InvalidInputException.of("body", "is not JSON");
        }
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        return new OrderEvent(
                uuid(body, "event_id"),
                kind(routingKey != null ? routingKey : text(body, "event_type")),
                uuid(body, "customer_id"),
                text(body, "order_id"),
                amount(body),
                text(body, "currency"),
                instant(body));
    }

    private static Kind kind(String type) {
        return switch (type == null ? "" : type) {
            case "orders.completed" -> Kind.COMPLETED;
            case "orders.returned" -> Kind.RETURNED;
            default -> null;
        };
    }

    private static String text(JsonNode body, String member) {
        JsonNode value = body.get(member);
        return value != null && (value.isString() || value.isNumber()) ? value.asString() : null;
    }

    private static UUID uuid(JsonNode body, String member) {
        try {
            String text = text(body, member);
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    /** A JSON number or a decimal string ({@code "12.50"}), as money should travel. */
    private static BigDecimal amount(JsonNode body) {
        JsonNode value = body.get("total_amount");
        try {
            if (value != null && value.isNumber()) {
                return value.decimalValue();
            }
            return value != null && value.isString() ? new BigDecimal(value.asString()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Instant instant(JsonNode body) {
        try {
            String text = text(body, "occurred_at");
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
