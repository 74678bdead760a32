package com.customerplatform.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.reliability.ToggleableTcpProxy;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broker goes away: changes still commit, their events wait in the outbox, and once the broker
 * is reachable again every one of them arrives. The service reaches RabbitMQ through a proxy the
 * test cuts and restores; the broker itself is the local one ({@code SPRING_RABBITMQ_HOST/PORT}),
 * so this test does not use Testcontainers.
 */
@SpringBootTest(
        properties = {
            "platform.messaging.resubmit-after=0s",
            "platform.messaging.resubmit-interval=500ms",
            "platform.messaging.confirm-timeout=2s",
            "spring.rabbitmq.connection-timeout=500ms"
        })
@ActiveProfiles({"test-services", "test"})
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerOutageTest {

    static final ToggleableTcpProxy PROXY = ToggleableTcpProxy.to(
            System.getenv().getOrDefault("SPRING_RABBITMQ_HOST", "127.0.0.1"),
            Integer.parseInt(System.getenv().getOrDefault("SPRING_RABBITMQ_PORT", "5672")));

    @DynamicPropertySource
    static void rabbitThroughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", PROXY::port);
    }

    @AfterAll
    static void closeProxy() throws Exception {
        PROXY.close();
    }

    @Autowired
    IntegrationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthContributorRegistry health;

    @Test
    @Order(1)
    void startingWithoutABrokerSaysSoInTheLogAndInHealth(CapturedOutput output) {
        // The proxy is cut from the start, so this instance came up without a broker.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> output.getOut().contains("RabbitMQ unreachable at 127.0.0.1:" + PROXY.port()));
        HealthIndicator rabbit = (HealthIndicator) health.getContributor("rabbit");
        assertThat(rabbit.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    @Order(2)
    void eventsPublishedWhileTheBrokerIsAwayArriveWhenItIsBack() throws Exception {
        // Only this test's events in the shared outbox, so that the sweep resends them, not a backlog.
        jdbc.update("DELETE FROM platform.event_publication WHERE completion_date IS NULL");
        PROXY.cut();
        List<ProbeIntegrationEvent> events = IntStream.range(0, 20)
                .mapToObj(i -> ProbeIntegrationEvent.of("probe.sent"))
                .toList();
        List<UUID> ids =
                events.stream().map(event -> event.metadata().eventId()).toList();

        events.forEach(event -> transaction.executeWithoutResult(status -> publisher.publish(event)));

        await().atMost(Duration.ofSeconds(20)).until(() -> failedPublications(ids) == ids.size());

        PROXY.restore();
        ProbeQueue queue = new ProbeQueue(rabbit, OutboxExternalizationTest.EXCHANGE, "probe.sent");
        try {
            List<Message> received = queue.receive(ids, Duration.ofSeconds(30));
            assertThat(received)
                    .extracting(message ->
                            UUID.fromString(message.getMessageProperties().getMessageId()))
                    .containsAll(ids);
            await().atMost(Duration.ofSeconds(10)).until(() -> remainingPublications(ids) == 0);
        } finally {
            queue.delete();
        }
    }

    private int failedPublications(List<UUID> ids) {
        return count(ids, "status = 'FAILED' AND completion_date IS NULL");
    }

    private int remainingPublications(List<UUID> ids) {
        return count(ids, "TRUE");
    }

    private int count(List<UUID> ids, String condition) {
        return ids.stream()
                .mapToInt(id -> jdbc.queryForObject(
                        "SELECT count(*) FROM platform.event_publication WHERE " + condition
                                + " AND serialized_event LIKE ?",
                        Integer.class,
                        "%" + id + "%"))
                .sum();
    }
}
