package com.customerplatform.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * An integration event as it goes on the wire: the JSON body plus what becomes AMQP properties.
 * Never compared: the array component's identity equality does not matter.
 */
@SuppressWarnings("ArrayRecordComponent")
record OutboundMessage(UUID eventId, String eventType, Instant occurredAt, String traceId, byte[] body) {}
