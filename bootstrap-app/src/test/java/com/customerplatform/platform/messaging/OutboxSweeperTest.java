package com.customerplatform.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

class OutboxSweeperTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final OutboxSweeper sweeper = new OutboxSweeper(options -> {}, Clock.systemUTC(), Duration.ofSeconds(30), 100);

    @Test
    void aFirstFailureIsDueOnceThePublicationIsOldEnough() {
        assertThat(sweeper.isDue(failed(NOW.minusSeconds(29), null), NOW)).isFalse();
        assertThat(sweeper.isDue(failed(NOW.minusSeconds(30), null), NOW)).isTrue();
    }

    @Test
    void aResubmittedPublicationWaitsFromItsLastAttempt() {
        Instant longAgo = NOW.minus(Duration.ofHours(1));

        assertThat(sweeper.isDue(failed(longAgo, NOW.minusSeconds(10)), NOW)).isFalse();
        assertThat(sweeper.isDue(failed(longAgo, NOW.minusSeconds(31)), NOW)).isTrue();
    }

    private static EventPublication failed(Instant published, Instant lastResubmission) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "event";
            }

            @Override
            public Instant getPublicationDate() {
                return published;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return Status.FAILED;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return lastResubmission;
            }

            @Override
            public int getCompletionAttempts() {
                return lastResubmission == null ? 1 : 2;
            }
        };
    }
}
