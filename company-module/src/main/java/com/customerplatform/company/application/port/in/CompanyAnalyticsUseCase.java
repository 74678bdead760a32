package com.customerplatform.company.application.port.in;

import com.customerplatform.sharedkernel.actor.Actor;
import java.util.Map;

/** Platform figures for superusers; a company admin gets its own company's figures. */
public interface CompanyAnalyticsUseCase {

    CompanyAnalytics analytics(Actor actor);

    /** "New" means created within the last 30 days. Every status and role is listed, zero included. */
    record CompanyAnalytics(
            long totalCompanies,
            long activeCompanies,
            long inactiveCompanies,
            Map<String, Long> companiesByStatus,
            long totalUsers,
            Map<String, Long> usersByRole,
            long newCompaniesLast30Days,
            long newUsersLast30Days) {}
}
