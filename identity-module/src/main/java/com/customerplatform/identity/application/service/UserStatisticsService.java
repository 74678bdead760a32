package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.CountUsersUseCase;
import com.customerplatform.identity.domain.user.UserRepository;
import com.customerplatform.identity.domain.user.UserRepository.Headcount;
import com.customerplatform.identity.domain.user.UserRepository.RoleCounts;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

public class UserStatisticsService implements CountUsersUseCase {

    private final UserRepository users;

    public UserStatisticsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Headcount> countByCompany(Collection<String> companyIds) {
        return users.countByCompany(companyIds);
    }

    @Override
    @Transactional(readOnly = true)
    public RoleCounts countByRole(String companyId, Instant joinedSince) {
        return users.countByRole(companyId, joinedSince);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyWithDocumentType(String documentType) {
        return users.anyWithDocumentType(documentType);
    }
}
