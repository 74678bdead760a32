package com.customerplatform.company.config;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.company.adapter.in.gdpr.CompanyPersonalData;
import com.customerplatform.company.adapter.out.monitoring.MicrometerCompanyMetrics;
import com.customerplatform.company.adapter.out.persistence.JooqCompanyRepository;
import com.customerplatform.company.adapter.out.persistence.JooqDocumentTypeRepository;
import com.customerplatform.company.application.port.out.CompanyMetrics;
import com.customerplatform.company.application.service.CompanyAnalyticsService;
import com.customerplatform.company.application.service.CompanyLookupService;
import com.customerplatform.company.application.service.CompanyService;
import com.customerplatform.company.application.service.DocumentTypeService;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import com.customerplatform.company.spi.DocumentTypeUsage;
import com.customerplatform.company.spi.UserStatistics;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Wires the company module's hexagon: adapters to ports, services to use cases. */
@Configuration(proxyBeanMethods = false)
public class CompanyModuleConfiguration {

    @Bean
    DocumentTypeRepository documentTypeRepository(DSLContext dsl) {
        return new JooqDocumentTypeRepository(dsl);
    }

    @Bean
    CompanyRepository companyRepository(DSLContext dsl) {
        return new JooqCompanyRepository(dsl);
    }

    @Bean
    CompanyApi companyApi(CompanyRepository companies, DocumentTypeRepository documentTypes) {
        return new CompanyLookupService(companies, documentTypes);
    }

    /** Names the subject's company (the controller) in GDPR exports. */
    @Bean
    @Order(300)
    CompanyPersonalData companyPersonalData(CompanyApi companies) {
        return new CompanyPersonalData(companies);
    }

    @Bean
    CompanyMetrics companyMetrics(MeterRegistry registry, CompanyRepository companies) {
        return new MicrometerCompanyMetrics(registry, companies);
    }

    @Bean
    CompanyService companyService(
            CompanyRepository companies,
            DocumentTypeRepository documentTypes,
            UserStatistics users,
            IntegrationEventPublisher events,
            CompanyMetrics metrics,
            Clock clock) {
        return new CompanyService(companies, documentTypes, users, events, metrics, clock);
    }

    @Bean
    CompanyAnalyticsService companyAnalyticsService(
            CompanyRepository companies,
            UserStatistics users,
            Clock clock,
            @Value("${platform.companies.analytics-cache-ttl:10s}") Duration cacheTtl) {
        return new CompanyAnalyticsService(companies, users, clock, cacheTtl);
    }

    @Bean
    DocumentTypeService documentTypeService(
            DocumentTypeRepository documentTypes,
            CompanyRepository companies,
            DocumentTypeUsage otherUsage,
            Clock clock) {
        return new DocumentTypeService(documentTypes, companies, otherUsage, clock);
    }
}
