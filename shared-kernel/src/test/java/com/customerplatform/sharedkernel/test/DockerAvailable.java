package com.customerplatform.sharedkernel.test;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/**
 * True where a Docker engine answers and {@code PLATFORM_TEST_SERVICES} is not {@code local}:
 * then the tests run against Testcontainers, otherwise against the PostgreSQL, RabbitMQ and Redis
 * on localhost (application-test-services.yaml).
 */
public class DockerAvailable implements Condition {

    private static final boolean AVAILABLE = !"local".equalsIgnoreCase(System.getenv("PLATFORM_TEST_SERVICES"))
            && DockerClientFactory.instance().isDockerAvailable();

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return AVAILABLE;
    }
}
