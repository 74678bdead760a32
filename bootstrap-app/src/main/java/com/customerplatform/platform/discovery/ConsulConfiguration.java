package com.customerplatform.platform.discovery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Consul registration, only when {@code CONSUL_HOST} is set: without it nothing of this exists. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("consul.host")
@EnableConfigurationProperties(ConsulProperties.class)
class ConsulConfiguration {

    @Bean
    ConsulRegistration consulRegistration(
            ConsulProperties consul, @Value("${spring.application.name}") String serviceName) {
        return new ConsulRegistration(RestClient.builder(), consul, serviceName);
    }
}
