package com.customerplatform.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends failed outbox publications again (broker down, nack, unroutable, listener error) once
 * their last attempt is {@code resubmit-after} old. Safe with several instances: the registry
 * claims each publication with a conditional update ({@code status != 'RESUBMITTED'}), so only
 * one instance resubmits it at a time; publications stuck in flight are marked failed by
 * Modulith's staleness monitor and picked up here.
 */
class OutboxSweeper {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final FailedEventPublications publications;
    private final Clock clock;
    private final Duration resubmitAfter;
    private final int batchSize;

    /**
     * @param batchSize publications resubmitted per run, and at most resubmitted and unfinished at
     *     once: enough to drain a crashed instance's publications in a few runs, few enough to leave
     *     the listeners' backlog room for live changes
     */
    OutboxSweeper(FailedEventPublications publications, Clock clock, Duration resubmitAfter, int batchSize) {
        this.publications = publications;
        this.clock = clock;
        this.resubmitAfter = resubmitAfter;
        this.batchSize = batchSize;
    }

    @Scheduled(
            fixedDelayString = "${platform.messaging.resubmit-interval}",
            initialDelayString = "${platform.messaging.resubmit-interval}")
    void resubmitFailedPublications() {
        try {
            // Modulith's own minimum age applies only to legacy rows, so the delay is a filter here;
            // it runs before a publication is claimed.
            Instant now = clock.instant();
            publications.resubmit(ResubmissionOptions.defaults()
                    .withBatchSize(batchSize)
                    .withMaxInFlight(batchSize)
                    .withFilter(publication -> isDue(publication, now)));
        } catch (RuntimeException e) {
            // The database may be away too; the next run tries again.
            log.warn("Outbox resubmission failed: {}", e.getMessage());
        }
    }

    /** Due when the last attempt (the first one, or the last resubmission) is old enough. */
    boolean isDue(EventPublication publication, Instant now) {
        Instant lastAttempt = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !lastAttempt.plus(resubmitAfter).isAfter(now);
    }
}
