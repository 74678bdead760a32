package com.customerplatform.platform.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.CustomerPlatformApplication;
import com.customerplatform.PlatformIntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Consul registration against a stub of the agent's HTTP API (no Consul agent is packaged for
 * Debian or Maven Central): registered once ready, with a check that answers, deregistered on
 * shutdown; an unreachable agent changes nothing; without {@code CONSUL_HOST} nothing registers.
 */
class ConsulRegistrationTest extends PlatformIntegrationTest {

    record AgentCall(String method, String path, String body) {}

    final List<AgentCall> calls = new CopyOnWriteArrayList<>();
    HttpServer agent;

    @Autowired
    ApplicationContext sharedContext;

    @BeforeEach
    void startTheAgentStub() throws IOException {
        agent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        agent.createContext("/", exchange -> {
            calls.add(new AgentCall(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        agent.start();
    }

    @AfterEach
    void stopTheAgentStub() {
        agent.stop(0);
    }

    @Test
    void anInstanceRegistersOnceReadyWithAWorkingCheckAndDeregistersOnShutdown() throws Exception {
        ConfigurableApplicationContext instance = start(agent.getAddress().getPort());
        int port = instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        String id = "customer-platform-127.0.0.1-" + port;
        try {
            assertThat(calls)
                    .extracting(AgentCall::method, AgentCall::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("PUT", "/v1/agent/service/register"));
            JsonNode registration = json.readTree(calls.getFirst().body());
            assertThat(registration.get("ID").asString()).isEqualTo(id);
            assertThat(registration.get("Name").asString()).isEqualTo("customer-platform");
            assertThat(registration.get("Port").asInt()).isEqualTo(port);
            JsonNode check = registration.get("Check");
            assertThat(check.get("Interval").asString()).isEqualTo("10s");
            assertThat(check.get("DeregisterCriticalServiceAfter").asString()).isEqualTo("60s");
            assertThat(send(HttpRequest.newBuilder(URI.create(check.get("HTTP").asString())))
                            .statusCode())
                    .as("the check Consul will call answers")
                    .isEqualTo(200);
        } finally {
            instance.close();
        }

        assertThat(calls.getLast()).isEqualTo(new AgentCall("PUT", "/v1/agent/service/deregister/" + id, ""));
    }

    @Test
    void anUnreachableAgentLeavesTheServiceRunning() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ConfigurableApplicationContext instance = start(closedPort);
        try {
            int port = instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/readiness")))
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            instance.close();
        }
    }

    @Test
    void withoutConsulHostNothingRegisters() {
        List<URI> requests = new CopyOnWriteArrayList<>();
        RestClient.Builder http = RestClient.builder().requestInterceptor((request, body, execution) -> {
            requests.add(request.getURI());
            return execution.execute(request, body);
        });
        ConsulRegistration registration = new ConsulRegistration(
                http,
                new ConsulProperties(null, 8500, "", Duration.ofSeconds(10), Duration.ofMinutes(1)),
                "customer-platform");

        registration.register(new ApplicationReadyEvent(
                new SpringApplication(), new String[0], (ConfigurableApplicationContext) sharedContext, Duration.ZERO));
        registration.deregister(new ContextClosedEvent(sharedContext));

        assertThat(requests).isEmpty();
    }

    private static ConfigurableApplicationContext start(int agentPort) {
        return new SpringApplicationBuilder(CustomerPlatformApplication.class)
                .profiles("test-services", "test")
                .run(
                        "--server.port=0",
                        "--consul.host=127.0.0.1",
                        "--consul.port=" + agentPort,
                        "--consul.service-address=127.0.0.1");
    }
}
