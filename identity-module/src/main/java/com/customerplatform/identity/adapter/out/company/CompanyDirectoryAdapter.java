package com.customerplatform.identity.adapter.out.company;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import java.util.Optional;

/** Reads companies through the company module's public API. */
public class CompanyDirectoryAdapter implements CompanyDirectory {

    private final CompanyApi companies;

    public CompanyDirectoryAdapter(CompanyApi companies) {
        this.companies = companies;
    }

    @Override
    public Optional<CompanyInfo> find(String companyId) {
        return companies.findCompany(companyId)
                .map(company -> new CompanyInfo(company.uuid(), company.companyId(), company.active()));
    }
}
