package com.customerplatform.platform.messaging;

import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the wire format every consumer relies on:
 * {@code {event_id, event_type, occurred_at, trace_id, payload}}, where the payload is the event's
 * own fields in snake_case without its metadata.
 */
class EventEnvelopeMapper {

    private final Supplier<JsonMapper> jsonMapper;

    EventEnvelopeMapper(Supplier<JsonMapper> jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    OutboundMessage toMessage(IntegrationEvent event) {
        JsonMapper json = jsonMapper.get();
        EventMetadata metadata = event.metadata();
        ObjectNode payload = json.valueToTree(event);
        payload.remove("metadata");
        ObjectNode envelope = json.createObjectNode();
        envelope.put("event_id", metadata.eventId().toString());
        envelope.put("event_type", event.eventType());
        envelope.put("occurred_at", metadata.occurredAt().toString());
        envelope.put("trace_id", metadata.traceId());
        envelope.set("payload", payload);
        return new OutboundMessage(
                metadata.eventId(),
                event.eventType(),
                metadata.occurredAt(),
                metadata.traceId(),
                json.writeValueAsBytes(envelope));
    }
}
