package com.customerplatform.platform.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends failed outbox publications again (broker down, nack, unroutable, listener error). Safe
 * with several instances: the registry claims each publication with a conditional update
 * ({@code status != 'RESUBMITTED'}), so only one instance resubmits it; publications stuck in
 * flight are marked failed by Modulith's staleness monitor and picked up here.
 */
class OutboxSweeper {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final IncompleteEventPublications publications;
    private final ResubmissionOptions options;

    OutboxSweeper(IncompleteEventPublications publications, MessagingProperties properties) {
        this.publications = publications;
        this.options = ResubmissionOptions.defaults().withMinAge(properties.resubmitAfter());
    }

    @Scheduled(fixedDelayString = "${platform.messaging.resubmit-interval}", initialDelayString = "${platform.messaging.resubmit-interval}")
    void resubmitFailedPublications() {
        try {
            publications.resubmitIncompletePublications(options);
        } catch (RuntimeException e) {
            // The database may be away too; the next run tries again.
            log.warn("Outbox resubmission failed: {}", e.getMessage());
        }
    }
}
