package com.customerplatform.platform.messaging;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the consumers the platform's exchanges have in production: a capped queue bound
 * to every event of companies, identity and customers. Without it those events are unroutable in
 * tests, stay FAILED in the shared test database and pile up across runs, and every sweep sends
 * them all again. (The probe exchange stays unbound, for the tests of unroutable events.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestEventSink {

    @Bean
    Declarables testEventSink(
            @Value("${platform.messaging.exchanges.companies}") String companies,
            @Value("${platform.messaging.exchanges.users}") String users,
            @Value("${platform.messaging.exchanges.customers}") String customers) {
        Queue sink = QueueBuilder.durable("platform.test.sink").maxLength(1000).build();
        TopicExchange[] exchanges = {
            new TopicExchange(companies), new TopicExchange(users), new TopicExchange(customers)
        };
        return new Declarables(
                sink,
                exchanges[0],
                exchanges[1],
                exchanges[2],
                BindingBuilder.bind(sink).to(exchanges[0]).with("#"),
                BindingBuilder.bind(sink).to(exchanges[1]).with("#"),
                BindingBuilder.bind(sink).to(exchanges[2]).with("#"));
    }
}
