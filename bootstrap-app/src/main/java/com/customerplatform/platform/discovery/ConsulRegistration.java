package com.customerplatform.platform.discovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Registers this instance with the local Consul agent once it is ready to serve, with an HTTP check
 * on {@code /health/readiness}, and deregisters it when it shuts down: two calls of the agent API
 * rather than Spring Cloud Consul (docs/adr/0005). Without {@code CONSUL_HOST} it does nothing. An
 * unreachable agent is logged, never fatal: the service works without discovery.
 */
class ConsulRegistration {

    private static final Logger log = LoggerFactory.getLogger(ConsulRegistration.class);

    /**
     * Built on the first call: a {@code RestClient} makes a JDK HTTP client, which loads the JDK's
     * trusted certificates (80 ms of start-up, for an instance that may not register at all).
     */
    private final SingletonSupplier<RestClient> agent;

    private final ConsulProperties consul;
    private final String serviceName;
    private String serviceId;

    ConsulRegistration(RestClient.Builder http, ConsulProperties consul, String serviceName) {
        this.agent = SingletonSupplier.of(() ->
                http.baseUrl("http://" + consul.host() + ":" + consul.port()).build());
        this.consul = consul;
        this.serviceName = serviceName;
    }

    @EventListener
    void register(ApplicationReadyEvent ready) {
        if (!consul.configured()) {
            return;
        }
        int port =
                ready.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        String address = address();
        String id = serviceName + "-" + address + "-" + port;
        Map<String, Object> registration = Map.of(
                "ID",
                id,
                "Name",
                serviceName,
                "Address",
                address,
                "Port",
                port,
                "Check",
                Map.of(
                        "HTTP", "http://" + address + ":" + port + "/health/readiness",
                        "Interval", consul.checkInterval().toSeconds() + "s",
                        "DeregisterCriticalServiceAfter",
                                consul.deregisterAfter().toSeconds() + "s"));
        try {
            agent.obtain()
                    .put()
                    .uri("/v1/agent/service/register")
                    .body(registration)
                    .retrieve()
                    .toBodilessEntity();
            serviceId = id;
            log.info("Registered with Consul at {}:{} as {}", consul.host(), consul.port(), id);
        } catch (RestClientException unreachable) {
            log.warn(
                    "Could not register with Consul at {}:{}; running unregistered: {}",
                    consul.host(),
                    consul.port(),
                    unreachable.getMessage());
        }
    }

    @EventListener
    void deregister(ContextClosedEvent closed) {
        if (serviceId == null) {
            return;
        }
        try {
            agent.obtain()
                    .put()
                    .uri("/v1/agent/service/deregister/{id}", serviceId)
                    .retrieve()
                    .toBodilessEntity();
            log.info("Deregistered {} from Consul", serviceId);
        } catch (RestClientException unreachable) {
            log.warn(
                    "Could not deregister {} from Consul (it drops failing instances itself): {}",
                    serviceId,
                    unreachable.getMessage());
        }
        serviceId = null;
    }

    private String address() {
        if (!consul.serviceAddress().isBlank()) {
            return consul.serviceAddress();
        }
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException unresolvable) {
            return "127.0.0.1";
        }
    }
}
