package com.customerplatform.gdpr.config;

import com.customerplatform.gdpr.adapter.out.persistence.JooqErasureRequestRepository;
import com.customerplatform.gdpr.adapter.out.signing.HmacExportLinks;
import com.customerplatform.gdpr.application.port.out.ExportLinks;
import com.customerplatform.gdpr.application.service.DataSubjectRightsService;
import com.customerplatform.gdpr.spi.DataSubjects;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import com.customerplatform.sharedkernel.audit.AuditLog;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the GDPR module: every {@link PersonalDataHolder} bean of the application, in its order. */
@Configuration(proxyBeanMethods = false)
public class GdprModuleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GdprModuleConfiguration.class);

    /** Without a configured secret, links are signed with a per-process key: they stop working on restart. */
    @Bean
    ExportLinks exportLinks(
            @Value("${platform.gdpr.link-secret:}") String secret,
            @Value("${platform.gdpr.link-lifetime}") Duration lifetime) {
        if (secret.isBlank()) {
            log.warn(
                    "GDPR_LINK_SECRET is not set: export links are signed with a per-process key and stop working on restart "
                            + "or on another instance");
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            return new HmacExportLinks(generated, lifetime);
        }
        return new HmacExportLinks(secret.getBytes(StandardCharsets.UTF_8), lifetime);
    }

    @Bean
    DataSubjectRightsService dataSubjectRightsService(
            List<PersonalDataHolder> holders,
            DataSubjects subjects,
            DSLContext dsl,
            JsonMapper json,
            ExportLinks links,
            IntegrationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        return new DataSubjectRightsService(
                holders, subjects, new JooqErasureRequestRepository(dsl, json), links, events, audit, clock);
    }
}
