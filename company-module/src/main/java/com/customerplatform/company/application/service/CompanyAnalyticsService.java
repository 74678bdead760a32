package com.customerplatform.company.application.service;

import com.customerplatform.company.application.port.in.CompanyAnalyticsUseCase;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.company.CompanyRepository.StatusCounts;
import com.customerplatform.company.domain.company.CompanyStatus;
import com.customerplatform.company.spi.UserStatistics;
import com.customerplatform.company.spi.UserStatistics.UserSummary;
import com.customerplatform.sharedkernel.actor.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/** Two grouped queries, whatever the number of companies: companies by status, users by role. */
public class CompanyAnalyticsService implements CompanyAnalyticsUseCase {

    static final Duration RECENT = Duration.ofDays(30);

    private final CompanyRepository companies;
    private final UserStatistics users;
    private final Clock clock;

    public CompanyAnalyticsService(CompanyRepository companies, UserStatistics users, Clock clock) {
        this.companies = companies;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CompanyAnalytics analytics(Actor actor) {
        actor.require("analytics:read");
        String scope = actor.superuser() ? null : actor.companyKey();
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
