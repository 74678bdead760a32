package com.customerplatform.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What operators watch on the outbox: events the broker confirmed, sends that failed (and will be
 * retried), and publications still waiting in {@code platform.event_publication}.
 */
class OutboxMetrics {

    private final MeterRegistry registry;

    OutboxMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        Gauge.builder("platform.events.pending", jdbc, OutboxMetrics::countPending)
                .description("Outbox publications not yet completed (waiting, in flight or failed)")
                .register(registry);
    }

    void published(String eventType) {
        Counter.builder("platform.events.published")
                .description("Events confirmed by the broker")
                .tag("event_type", eventType)
                .register(registry)
                .increment();
    }

    void failed(String eventType) {
        Counter.builder("platform.events.failed")
                .description("Event sends that failed and stay in the outbox for resubmission")
                .tag("event_type", eventType)
                .register(registry)
                .increment();
    }

    private static double countPending(JdbcTemplate jdbc) {
        Long pending = jdbc.queryForObject(
                "SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL", Long.class);
        return pending == null ? 0 : pending;
    }
}
