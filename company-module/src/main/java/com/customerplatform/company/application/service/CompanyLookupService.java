package com.customerplatform.company.application.service;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.company.domain.company.Company;
import com.customerplatform.company.domain.company.CompanyRepository;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** Answers other modules' questions about companies through {@link CompanyApi}. */
public class CompanyLookupService implements CompanyApi {

    private final CompanyRepository companies;

    public CompanyLookupService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyReference> findCompany(String companyId) {
        return companies.findByCompanyId(companyId).map(CompanyLookupService::toReference);
    }

    private static CompanyReference toReference(Company company) {
        return new CompanyReference(company.uuid(), company.companyId(), company.name(), company.isActive());
    }
}
