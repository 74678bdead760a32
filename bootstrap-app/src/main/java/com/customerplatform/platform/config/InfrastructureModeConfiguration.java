package com.customerplatform.platform.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.data.redis.health.DataRedisHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Says plainly, at start-up and in {@code /health}, which optional infrastructure this instance
 * runs without: the service must keep working on PostgreSQL alone.
 */
@Configuration(proxyBeanMethods = false)
class InfrastructureModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InfrastructureModeConfiguration.class);

    /**
     * Spring Boot's Redis health check when Redis is configured; without it, a report that this
     * instance keeps that state in process. Decided when the bean is made, not by a condition, so
     * that a build processed ahead of time serves both modes (docs/adr/0008). Named as Spring
     * Boot's own, which then stays out.
     */
    @Bean
    HealthIndicator redisHealthIndicator(Environment environment, ObjectProvider<RedisConnectionFactory> redis) {
        if (RedisMode.of(environment) == RedisMode.REDIS) {
            return new DataRedisHealthIndicator(redis.getObject());
        }
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
        if (RedisMode.of(event.getApplicationContext().getEnvironment()) == RedisMode.IN_PROCESS) {
            log.warn(
                    "REDIS_URL is not set: rate limits and token revocation use in-process stores (not shared between instances)");
        } else {
            log.info("Redis configured: rate limits and token revocation are shared through Redis");
        }
    }
}
