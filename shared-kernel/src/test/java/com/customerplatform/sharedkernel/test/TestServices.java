package com.customerplatform.sharedkernel.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The backing services of integration tests: containers where Docker runs, else nothing here and
 * the localhost services configured in application-test-services.yaml are used.
 */
@TestConfiguration(proxyBeanMethods = false)
@Conditional(DockerAvailable.class)
public class TestServices {

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:16-alpine");
    }

    @Bean
    @ServiceConnection
    RabbitMQContainer rabbit() {
        return new RabbitMQContainer("rabbitmq:3-management-alpine");
    }
}
