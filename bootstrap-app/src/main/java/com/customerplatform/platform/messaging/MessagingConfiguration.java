package com.customerplatform.platform.messaging;

import com.customerplatform.platform.web.Problems;
import com.customerplatform.sharedkernel.event.IntegrationEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's way out: every {@link IntegrationEvent} stored by Spring Modulith's publication
 * registry is mapped to the platform's envelope and sent to the topic exchange of its channel with
 * its event type as routing key. Written on spring-amqp directly (docs/adr/0004) so that a
 * publication completes only on a publisher confirm.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

    /**
     * Needed early by Modulith's listener infrastructure, before Jackson is configured, so the
     * mapper is looked up only when the first event is mapped.
     */
    @Bean
    static EventExternalizationConfiguration eventExternalizationConfiguration(
            MessagingProperties properties, ObjectProvider<JsonMapper> json) {
        EventEnvelopeMapper envelopes = new EventEnvelopeMapper(json::getObject);
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof IntegrationEvent)
                .mapping(IntegrationEvent.class, envelopes::toMessage)
                .route(
                        IntegrationEvent.class,
                        event -> RoutingTarget.forTarget(properties.exchangeFor(event.channel()))
                                .andKey(event.eventType()))
                .build();
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        return new OutboxMetrics(registry, jdbc);
    }

    @Bean
    EventExternalizerModuleListener rabbitEventExternalizer(
            EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit,
            MessagingProperties properties,
            OutboxMetrics metrics) {
        return new EventExternalizerModuleListener(
                configuration, new RabbitEventTransport(rabbit, properties.confirmTimeout(), metrics));
    }

    /** Declared on every (re)connection, so a broker that lost its state gets them back. */
    @Bean
    Declarables eventExchanges(MessagingProperties properties) {
        List<Declarable> exchanges = properties.exchanges().values().stream()
                .distinct()
                .<Declarable>map(name ->
                        ExchangeBuilder.topicExchange(name).durable(true).build())
                .toList();
        return new Declarables(exchanges);
    }

    @Bean
    EventListenerExecution.Turns eventListenerTurns(MessagingProperties properties) {
        return new EventListenerExecution.Turns(properties.listenerConcurrency(), properties.listenerBacklog());
    }

    @Bean
    AsyncConfigurer eventListenerExecution(EventListenerExecution.Turns turns) {
        return new EventListenerExecution(turns);
    }

    /** Right after the rate limits: a shed request costs no more than a counted one. */
    @Bean
    FilterRegistrationBean<EventBacklogFilter> eventBacklogFilter(
            EventListenerExecution.Turns turns, Problems problems, MessagingProperties properties) {
        FilterRegistrationBean<EventBacklogFilter> registration = new FilterRegistrationBean<>(
                new EventBacklogFilter(() -> turns.awaitRoom(properties.backlogPatience()), problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    @Bean
    OutboxSweeper outboxSweeper(FailedEventPublications publications, Clock clock, MessagingProperties properties) {
        // A quarter of the backlog per run: a drain must not saturate the listeners and shed changes.
        return new OutboxSweeper(
                publications, clock, properties.resubmitAfter(), Math.max(1, properties.listenerBacklog() / 4));
    }
}
