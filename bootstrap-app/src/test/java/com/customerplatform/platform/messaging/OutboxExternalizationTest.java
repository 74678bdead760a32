package com.customerplatform.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.sharedkernel.event.EventMetadata;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The outbox against the real broker: confirmed delivery, envelope and headers, unroutable messages. */
class OutboxExternalizationTest extends PlatformIntegrationTest {

    static final String EXCHANGE = "platform.test.probe";

    @Autowired
    IntegrationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    OutboxMetrics outboxMetrics;

    ProbeQueue queue;

    @BeforeEach
    void bindQueue() {
        queue = new ProbeQueue(rabbit, EXCHANGE, "probe.sent");
    }

    @AfterEach
    void deleteQueue() {
        queue.delete();
    }

    @Test
    void anEventArrivesWithTheEnvelopeAndHeadersAndItsPublicationIsRemoved() {
        ProbeIntegrationEvent event = ProbeIntegrationEvent.of("probe.sent");

        transaction.executeWithoutResult(status -> publisher.publish(event));

        List<Message> messages = queue.receive(List.of(event.metadata().eventId()), Duration.ofSeconds(10));
        assertThat(messages).hasSize(1);
        MessageProperties properties = messages.getFirst().getMessageProperties();
        assertThat(properties.getMessageId())
                .isEqualTo(event.metadata().eventId().toString());
        assertThat(properties.getType()).isEqualTo("probe.sent");
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getReceivedRoutingKey()).isEqualTo("probe.sent");
        assertThat(properties.<String>getHeader("trace_id"))
                .isEqualTo(event.metadata().traceId());

        JsonNode body = json.readTree(messages.getFirst().getBody());
        assertThat(body.get("event_id").asString())
                .isEqualTo(event.metadata().eventId().toString());
        assertThat(body.get("event_type").asString()).isEqualTo("probe.sent");
        assertThat(body.get("occurred_at").asString())
                .isEqualTo(event.metadata().occurredAt().toString());
        assertThat(body.get("trace_id").asString()).isEqualTo(event.metadata().traceId());
        assertThat(body.get("payload").get("subject_id").asString())
                .isEqualTo(event.subjectId().toString());
        assertThat(body.get("payload").get("version").asLong()).isEqualTo(1);
        assertThat(body.get("payload").has("metadata")).isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> publications(event).isEmpty());
    }

    /**
     * After a commit every publication is sent at once. Each send used to hold a channel of its own
     * until confirmed, so a burst opened channels by the hundred, hit the broker's channel limit
     * and timed out on confirms (the bench's create scenario left hundreds of failed publications).
     */
    @Test
    void aBurstOfEventsIsSentWithoutASingleFailedSend() {
        double failedBefore = failedSends();
        UUID subject = UUID.randomUUID();
        List<ProbeIntegrationEvent> burst = IntStream.range(0, 3_000)
                .mapToObj(version -> new ProbeIntegrationEvent(
                        EventMetadata.next(Clock.systemUTC()), "probe.sent", subject, version))
                .toList();

        transaction.executeWithoutResult(status -> burst.forEach(publisher::publish));

        List<UUID> ids = burst.stream().map(event -> event.metadata().eventId()).toList();
        assertThat(queue.receive(ids, Duration.ofSeconds(60))).hasSize(burst.size());
        assertThat(failedSends()).isEqualTo(failedBefore);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE ?",
                                Long.class,
                                "%" + subject + "%")
                        == 0);
    }

    /**
     * Modulith marks a publication completed in a stage of the transport's future, on whichever
     * thread completes it. Completed by the confirm, that was the broker connection's reader thread,
     * which then waited for the database instead of reading further confirms. (A confirm may also
     * beat the caller to it, hence a hundred sends.)
     */
    @Test
    void theTransportAnswersOnceConfirmedSoThePublicationIsCompletedOnTheListenersThread() {
        RabbitEventTransport transport = new RabbitEventTransport(rabbit, Duration.ofSeconds(5), outboxMetrics);
        RoutingTarget target = RoutingTarget.forTarget(EXCHANGE).andKey("probe.sent");
        List<UUID> sent = new ArrayList<>();
        Set<Thread> completing = new HashSet<>();

        for (int i = 0; i < 100; i++) {
            UUID eventId = UUID.randomUUID();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            transport
                    .externalize(new OutboundMessage(eventId, "probe.sent", Instant.now(), "trace", body), target)
                    .thenRun(() -> completing.add(Thread.currentThread()))
                    .join();
            sent.add(eventId);
        }

        assertThat(completing).containsExactly(Thread.currentThread());
        assertThat(queue.receive(sent, Duration.ofSeconds(10))).hasSize(sent.size());
    }

    @Test
    void anEventPublishedInARolledBackTransactionIsNeverSent() {
        ProbeIntegrationEvent event = ProbeIntegrationEvent.of("probe.sent");

        transaction.executeWithoutResult(status -> {
            publisher.publish(event);
            status.setRollbackOnly();
        });

        assertThat(queue.receive(List.of(event.metadata().eventId()), Duration.ofSeconds(2)))
                .isEmpty();
        assertThat(publications(event)).isEmpty();
    }

    @Test
    void anUnroutableMessageLeavesItsPublicationIncomplete() {
        ProbeIntegrationEvent event = ProbeIntegrationEvent.of("probe.nobody-listens");

        transaction.executeWithoutResult(status -> publisher.publish(event));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(publications(event))
                        .singleElement()
                        .satisfies(row -> {
                            assertThat(row.get("status")).isEqualTo("FAILED");
                            assertThat(row.get("completion_date")).isNull();
                        }));
        // It would be resubmitted forever (nobody will ever bind a queue for it): clean up after ourselves.
        jdbc.update(
                "DELETE FROM platform.event_publication WHERE serialized_event LIKE ?",
                "%" + event.metadata().eventId() + "%");
    }

    private double failedSends() {
        Counter failed = meters.find("platform.events.failed")
                .tag("event_type", "probe.sent")
                .counter();
        return failed == null ? 0 : failed.count();
    }

    private List<Map<String, Object>> publications(ProbeIntegrationEvent event) {
        return jdbc.queryForList(
                "SELECT status, completion_date FROM platform.event_publication WHERE serialized_event LIKE ?",
                "%" + event.metadata().eventId() + "%");
    }
}
