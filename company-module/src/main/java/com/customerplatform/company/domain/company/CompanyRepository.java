package com.customerplatform.company.domain.company;

import java.util.Optional;

/** Persistence port of companies. */
public interface CompanyRepository {

    Optional<Company> findByCompanyId(String companyId);
}
