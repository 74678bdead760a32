package com.customerplatform.identity.adapter.out.monitoring;

import com.customerplatform.identity.application.port.out.LoginMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code auth_login_total{outcome}} in Prometheus terms. */
public class MicrometerLoginMetrics implements LoginMetrics {

    private final MeterRegistry registry;

    public MicrometerLoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attempt(String outcome) {
        Counter.builder("auth.login")
                .description("Sign-in attempts by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
