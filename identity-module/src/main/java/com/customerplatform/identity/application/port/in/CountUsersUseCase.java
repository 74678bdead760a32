package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.domain.user.UserRepository.Headcount;
import com.customerplatform.identity.domain.user.UserRepository.RoleCounts;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** User figures other modules need (company list, analytics, catalogue upkeep); no personal data. */
public interface CountUsersUseCase {

    Map<String, Headcount> countByCompany(Collection<String> companyIds);

    RoleCounts countByRole(String companyId, Instant joinedSince);

    boolean anyWithDocumentType(String documentType);
}
