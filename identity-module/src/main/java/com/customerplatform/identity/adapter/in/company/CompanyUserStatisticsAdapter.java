package com.customerplatform.identity.adapter.in.company;

import com.customerplatform.company.spi.DocumentTypeUsage;
import com.customerplatform.company.spi.UserStatistics;
import com.customerplatform.identity.application.port.in.CountUsersUseCase;
import com.customerplatform.identity.domain.user.UserRepository.RoleCounts;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Answers the company module's {@link UserStatistics} and {@link DocumentTypeUsage} ports (SPEC §1: company depends on nobody). */
public class CompanyUserStatisticsAdapter implements UserStatistics, DocumentTypeUsage {

    private final CountUsersUseCase users;

    public CompanyUserStatisticsAdapter(CountUsersUseCase users) {
        this.users = users;
    }

    @Override
    public Map<String, UserCount> countByCompany(Collection<String> companyIds) {
        return users.countByCompany(companyIds).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> new UserCount(
                                entry.getValue().total(), entry.getValue().active())));
    }

    @Override
    public boolean isUsed(String documentTypeCode) {
        return users.anyWithDocumentType(documentTypeCode);
    }

    @Override
    public UserSummary summarize(String companyId, Instant joinedSince) {
        RoleCounts counts = users.countByRole(companyId, joinedSince);
        Map<String, Long> byRole = new LinkedHashMap<>();
        counts.byRole().forEach((role, count) -> byRole.put(role.code(), count));
        long total = byRole.values().stream().mapToLong(Long::longValue).sum();
        return new UserSummary(total, byRole, counts.joinedSince());
    }
}
