package com.customerplatform.sharedkernel.event;

import com.customerplatform.sharedkernel.trace.TraceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * What every integration event carries besides its payload: a unique id consumers de-duplicate on,
 * when it happened, and the trace id of the request that caused it (captured at publication,
 * because the outbox sends the event later, on another thread).
 */
public record EventMetadata(UUID eventId, Instant occurredAt, String traceId) {

    public static EventMetadata next(Clock clock) {
        return new EventMetadata(UUID.randomUUID(), clock.instant(), TraceContext.currentTraceId());
    }
}
