package com.customerplatform.company.application.service;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.company.CompanyRepository.StatusCounts;
import com.customerplatform.company.domain.company.CompanyStatus;
import com.customerplatform.company.spi.UserStatistics;
import com.customerplatform.company.spi.UserStatistics.UserSummary;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.actor.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanyAnalyticsServiceTest {

    private final CompanyRepository companies = mock(CompanyRepository.class);
    private final UserStatistics users = mock(UserStatistics.class);
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final Actor operator = new Actor(UUID.randomUUID(), null, null, "admin", Set.of(), true, UUID.randomUUID());
    private final Actor acmeAdmin = new Actor(
            UUID.randomUUID(), "ACME", UUID.randomUUID(), "admin", Set.of(Permission.ALL), false, UUID.randomUUID());

    @BeforeEach
    void figures() {
        Map<CompanyStatus, Long> byStatus = new EnumMap<>(CompanyStatus.class);
        for (CompanyStatus status : CompanyStatus.values()) {
            byStatus.put(status, 1L);
        }
        when(companies.countByStatus(any(), any())).thenReturn(new StatusCounts(byStatus, 1));
        when(users.summarize(any(), any())).thenReturn(new UserSummary(3, Map.of("admin", 3L), 1));
    }

    @Test
    void eachScopesFiguresAreComputedOncePerPeriod() {
        CompanyAnalyticsService analytics =
                new CompanyAnalyticsService(companies, users, clock, Duration.ofSeconds(10));

        analytics.analytics(operator);
        analytics.analytics(operator);
        analytics.analytics(acmeAdmin);
        clock.advance(Duration.ofSeconds(9));
        analytics.analytics(operator);
        analytics.analytics(acmeAdmin);

        verify(users, times(1)).summarize(isNull(), any());
        verify(users, times(1)).summarize(eq("ACME"), any());

        clock.advance(Duration.ofSeconds(2));
        analytics.analytics(operator);

        verify(users, times(2)).summarize(isNull(), any());
        verify(companies, times(2)).countByStatus(isNull(), any());
    }

    @Test
    void aZeroPeriodComputesEveryCall() {
        CompanyAnalyticsService analytics = new CompanyAnalyticsService(companies, users, clock, Duration.ZERO);

        analytics.analytics(acmeAdmin);
        analytics.analytics(acmeAdmin);

        verify(users, times(2)).summarize(eq("ACME"), any());
    }

    static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
