package com.customerplatform.platform.discovery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Consul registration when {@code CONSUL_HOST} is set. The registration itself checks for the host
 * when the service is ready, not a condition on this class, so that a build processed ahead of time
 * honours the variable (docs/adr/0008).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsulProperties.class)
class ConsulConfiguration {

    @Bean
    ConsulRegistration consulRegistration(
            ConsulProperties consul, @Value("${spring.application.name}") String serviceName) {
        return new ConsulRegistration(RestClient.builder(), consul, serviceName);
    }
}
