package com.customerplatform.identity.adapter.out.company;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import com.customerplatform.identity.application.port.out.DocumentCatalogue;
import java.util.Optional;

/** Reads companies and the document-type catalogue through the company module's public API. */
public class CompanyDirectoryAdapter implements CompanyDirectory, DocumentCatalogue {

    private final CompanyApi companies;

    public CompanyDirectoryAdapter(CompanyApi companies) {
        this.companies = companies;
    }

    @Override
    public Optional<CompanyInfo> find(String companyId) {
        return companies
                .findCompany(companyId)
                .map(company -> new CompanyInfo(company.uuid(), company.companyId(), company.active()));
    }

    @Override
    public boolean knows(String documentType) {
        return companies.documentTypeExists(documentType);
    }

    @Override
    public Optional<String> normalize(String documentType, String number) {
        return companies.normalizeDocumentNumber(documentType, number);
    }
}
