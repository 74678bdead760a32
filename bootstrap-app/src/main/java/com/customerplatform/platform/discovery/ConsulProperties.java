package com.customerplatform.platform.discovery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local Consul agent this instance registers with: the seed's {@code CONSUL_HOST} and
 * {@code CONSUL_PORT}.
 *
 * @param serviceAddress the address Consul and its health check reach this instance at; empty: this
 *     host's address
 * @param checkInterval how often Consul calls {@code /health/readiness}
 * @param deregisterAfter how long a failing instance stays registered before Consul drops it
 */
@ConfigurationProperties("consul")
record ConsulProperties(
        String host,
        @DefaultValue("8500") int port,
        @DefaultValue("") String serviceAddress,
        @DefaultValue("10s") Duration checkInterval,
        @DefaultValue("1m") Duration deregisterAfter) {

    /** Whether an agent is configured: without {@code CONSUL_HOST} the instance stays unregistered. */
    boolean configured() {
        return host != null && !host.isBlank();
    }
}
