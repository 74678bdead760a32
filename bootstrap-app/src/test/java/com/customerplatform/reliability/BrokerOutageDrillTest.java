package com.customerplatform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.platform.messaging.ProbeQueue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The broker goes away while customers are created over HTTP (docs/reliability.md): every request
 * still succeeds, and once the broker is back exactly the created customers' events arrive
 * (duplicates are allowed by the at-least-once contract and reported). The service reaches
 * RabbitMQ through a proxy that is cut for the middle half of the creates; the test listens on a
 * direct connection. {@code -Ddrill.customers=10000} (reliability/run) makes it the full drill.
 */
@TestPropertySource(
        properties = {
            "platform.messaging.resubmit-after=0s",
            "platform.messaging.resubmit-interval=500ms",
            "platform.messaging.confirm-timeout=2s",
            "spring.rabbitmq.connection-timeout=500ms"
        })
// Closed after the class while its proxy still forwards, so that it shuts down cleanly and no
// cached context keeps reconnecting to a proxy that is gone.
@DirtiesContext
class BrokerOutageDrillTest extends PlatformIntegrationTest {

    static final String HOST = System.getenv().getOrDefault("SPRING_RABBITMQ_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("SPRING_RABBITMQ_PORT", "5672"));
    static final ToggleableTcpProxy PROXY = ToggleableTcpProxy.to(HOST, PORT);
    static final int CUSTOMERS = Integer.getInteger("drill.customers", 1_000);
    static final int CLIENTS = 8;

    @DynamicPropertySource
    static void rabbitThroughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        PROXY.restore();
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", PROXY::port);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyCreateSucceedsAndEveryEventArrivesOnceTheBrokerIsBack() throws Exception {
        TestCompany company = new TestAccounts(jdbc).company("active");
        String token = login(new TestAccounts(jdbc).user(company, "admin").username(), TestAccounts.PASSWORD);
        CachingConnectionFactory direct = new CachingConnectionFactory(HOST, PORT);
        ProbeQueue events = CustomerCreatedEvents.listen(new RabbitTemplate(direct));
        try {
            Set<String> created = createDuringAnOutage(token);
            List<Message> received = CustomerCreatedEvents.receive(
                    events, json, company.uuid().toString(), created, Duration.ofSeconds(60 + CUSTOMERS / 50));
            Set<String> customers = received.stream()
                    .map(message -> CustomerCreatedEvents.customerId(json, message))
                    .collect(Collectors.toSet());
            long eventIds = received.stream()
                    .map(message -> message.getMessageProperties().getMessageId())
                    .distinct()
                    .count();

            System.out.printf(
                    "[drill] broker outage: %d customers created, %d events received, %d distinct, %d duplicates%n",
                    created.size(), received.size(), customers.size(), received.size() - eventIds);
            assertThat(created).hasSize(CUSTOMERS);
            assertThat(customers).isEqualTo(created);
        } finally {
            events.delete();
            direct.destroy();
        }
    }

    /** Creates CUSTOMERS profiles from CLIENTS clients; the broker is away from a quarter to three quarters of them. */
    private Set<String> createDuringAnOutage(String token) throws Exception {
        Set<String> created = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < CUSTOMERS; i = next.getAndIncrement()) {
                        HttpResponse<String> response =
                                postJson("/v1/customers", token, Map.of("full_name", "Drill customer " + i));
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                        created.add(body(response).get("id").asString());
                        int done = answered.incrementAndGet();
                        if (done == CUSTOMERS / 4) {
                            PROXY.cut();
                        } else if (done == 3 * CUSTOMERS / 4) {
                            PROXY.restore();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(); // a refused create fails the test with its response
            }
        } finally {
            PROXY.restore();
        }
        return created;
    }
}
