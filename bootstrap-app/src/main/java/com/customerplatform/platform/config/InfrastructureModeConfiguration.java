package com.customerplatform.platform.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Says plainly, at start-up and in {@code /health}, which optional infrastructure this instance
 * runs without: the service must keep working on PostgreSQL alone.
 */
@Configuration(proxyBeanMethods = false)
class InfrastructureModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InfrastructureModeConfiguration.class);

    /** Stands in for the Redis health check when no Redis is configured. */
    @Bean
    @ConditionalOnProperty(name = RedisMode.PROPERTY, havingValue = "IN_PROCESS")
    HealthIndicator redisHealthIndicator() {
        return () -> Health.up()
                .withDetail("mode", "in-process")
                .withDetail(
                        "reason",
                        "REDIS_URL is not set: rate limits and token revocation are kept in this process only")
                .build();
    }

    /** Checked off the main thread: an absent broker must not delay start-up. */
    @EventListener(ApplicationReadyEvent.class)
    void reportBroker(ApplicationReadyEvent event) {
        ConnectionFactory rabbit = event.getApplicationContext().getBean(ConnectionFactory.class);
        Thread.ofVirtual().name("broker-check").start(() -> {
            try (Connection connection = rabbit.createConnection()) {
                log.info("RabbitMQ reachable at {}:{}", rabbit.getHost(), rabbit.getPort());
            } catch (AmqpException unreachable) {
                log.warn(
                        "RabbitMQ unreachable at {}:{} ({}): the API keeps working; events wait in the outbox "
                                + "(platform.event_publication) and are sent once it is back",
                        rabbit.getHost(),
                        rabbit.getPort(),
                        unreachable.getMessage());
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportRedis(ApplicationReadyEvent event) {
        RedisMode redis = event.getApplicationContext()
                .getEnvironment()
                .getProperty(RedisMode.PROPERTY, RedisMode.class, RedisMode.IN_PROCESS);
        if (redis == RedisMode.IN_PROCESS) {
            log.warn(
                    "REDIS_URL is not set: rate limits and token revocation use in-process stores (not shared between instances)");
        } else {
            log.info("Redis configured: rate limits and token revocation are shared through Redis");
        }
    }
}
