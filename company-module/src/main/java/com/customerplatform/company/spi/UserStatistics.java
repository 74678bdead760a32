package com.customerplatform.company.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * User figures for the company list and analytics, answered by the module that owns users
 * (identity). Every method answers in one query, whatever the number of companies.
 */
public interface UserStatistics {

    /** Total and active users of each named company; companies without users are absent. */
    Map<String, UserCount> countByCompany(Collection<String> companyIds);

    /** Users of one company, or of the platform when {@code companyId} is null. */
    UserSummary summarize(String companyId, Instant joinedSince);

    record UserCount(long total, long active) {}

    /** @param byRole users per role code, every role listed (zero included) */
    record UserSummary(long total, Map<String, Long> byRole, long joinedSince) {}
}
