package com.customerplatform.customer.adapter.out.company;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.customer.application.port.out.Businesses;
import java.util.UUID;

/** Businesses are companies, read through the company module's public API. */
public class CompanyBusinesses implements Businesses {

    private final CompanyApi companies;

    public CompanyBusinesses(CompanyApi companies) {
        this.companies = companies;
    }

    @Override
    public boolean isActive(UUID businessId) {
        return companies
                .findCompanyByUuid(businessId)
                .filter(CompanyApi.CompanyReference::active)
                .isPresent();
    }
}
