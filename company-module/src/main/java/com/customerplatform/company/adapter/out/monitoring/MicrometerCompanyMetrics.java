package com.customerplatform.company.adapter.out.monitoring;

import com.customerplatform.company.application.port.out.CompanyMetrics;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.company.CompanyStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;

/** {@code companies_onboarded_total} and {@code companies_active} in Prometheus terms. */
public class MicrometerCompanyMetrics implements CompanyMetrics {

    private final Counter onboarded;

    public MicrometerCompanyMetrics(MeterRegistry registry, CompanyRepository companies) {
        this.onboarded = Counter.builder("companies.onboarded")
                .description("Companies onboarded")
                .register(registry);
        Gauge.builder(
                        "companies.active",
                        companies,
                        repository -> repository
                                .countByStatus(null, Instant.now())
                                .byStatus()
                                .get(CompanyStatus.ACTIVE))
                .description("Companies whose status is active")
                .register(registry);
    }

    @Override
    public void onboarded() {
        onboarded.increment();
    }
}
