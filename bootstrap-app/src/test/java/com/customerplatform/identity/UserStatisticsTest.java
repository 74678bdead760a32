package com.customerplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.company.spi.UserStatistics;
import com.customerplatform.company.spi.UserStatistics.UserCount;
import com.customerplatform.company.spi.UserStatistics.UserSummary;
import com.customerplatform.identity.TestAccounts.TestCompany;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Identity answers the company module's user-statistics port from real data. */
class UserStatisticsTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserStatistics statistics;

    @Test
    void countsUsersPerCompanyAndPerRole() {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestCompany busy = accounts.company("active");
        TestCompany empty = accounts.company("active");
        accounts.user(busy, "admin");
        accounts.user(busy, "viewer", false);
        accounts.user(busy, "customer");
        accounts.user(busy, "customer");

        Map<String, UserCount> counts = statistics.countByCompany(List.of(busy.companyId(), empty.companyId()));
        UserSummary summary =
                statistics.summarize(busy.companyId(), Instant.now().minus(Duration.ofDays(30)));

        assertThat(counts).containsOnlyKeys(busy.companyId()).containsEntry(busy.companyId(), new UserCount(4, 3));
        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.joinedSince()).isEqualTo(4);
        assertThat(summary.byRole())
                .containsExactly(
                        Map.entry("admin", 1L),
                        Map.entry("manager", 0L),
                        Map.entry("viewer", 1L),
                        Map.entry("customer", 2L),
                        Map.entry("internal_service", 0L));
        assertThat(statistics
                        .summarize(busy.companyId(), Instant.now().plus(Duration.ofMinutes(1)))
                        .joinedSince())
                .isZero();
        assertThat(statistics
                        .summarize(null, Instant.now().minus(Duration.ofDays(30)))
                        .total())
                .isGreaterThanOrEqualTo(4);
    }
}
