package com.customerplatform.company.application.service;

import com.customerplatform.company.application.port.in.CompanyAnalyticsUseCase;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.company.CompanyRepository.StatusCounts;
import com.customerplatform.company.domain.company.CompanyStatus;
import com.customerplatform.company.spi.UserStatistics;
import com.customerplatform.company.spi.UserStatistics.UserSummary;
import com.customerplatform.sharedkernel.actor.Actor;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two grouped queries, whatever the number of companies: companies by status, users by role. The
 * platform-wide figures read every user, so each scope's figures are kept for a short while
 * ({@code ANALYTICS_CACHE_TTL}): a dashboard polled by many is computed once per period.
 */
public class CompanyAnalyticsService implements CompanyAnalyticsUseCase {

    static final Duration RECENT = Duration.ofDays(30);
    /** The key of the platform-wide figures; company keys never are blank. */
    private static final String PLATFORM = "";

    private final CompanyRepository companies;
    private final UserStatistics users;
    private final Clock clock;
    private final Cache<String, CompanyAnalytics> recent;

    /**
     * @param cacheTtl how old the figures may be; zero computes them on every call
     */
    public CompanyAnalyticsService(CompanyRepository companies, UserStatistics users, Clock clock, Duration cacheTtl) {
        this.companies = companies;
        this.users = users;
        this.clock = clock;
        this.recent = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(10_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** Not one transaction: the two counts are independent, and a cached answer needs no connection. */
    @Override
    public CompanyAnalytics analytics(Actor actor) {
        actor.require("analytics:read");
        String scope = actor.superuser() ? null : actor.companyKey();
        return recent.get(scope == null ? PLATFORM : scope, key -> compute(scope));
    }

    private CompanyAnalytics compute(String scope) {
        Instant since = clock.instant().minus(RECENT);
        StatusCounts statuses = companies.countByStatus(scope, since);
        UserSummary people = users.summarize(scope, since);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        statuses.byStatus().forEach((status, count) -> byStatus.put(status.code(), count));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long active = statuses.byStatus().get(CompanyStatus.ACTIVE);
        return new CompanyAnalytics(
                total,
                active,
                total - active,
                byStatus,
                people.total(),
                people.byRole(),
                statuses.createdSince(),
                people.joinedSince());
    }
}
