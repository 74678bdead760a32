package com.customerplatform.company.application.service;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.company.domain.company.Company;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeCode;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/** Answers other modules' questions about companies through {@link CompanyApi}. */
public class CompanyLookupService implements CompanyApi {

    private final CompanyRepository companies;
    private final DocumentTypeRepository documentTypes;

    public CompanyLookupService(CompanyRepository companies, DocumentTypeRepository documentTypes) {
        this.companies = companies;
        this.documentTypes = documentTypes;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyReference> findCompany(String companyId) {
        return companies.findByCompanyId(companyId).map(CompanyLookupService::toReference);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyReference> findCompanyByUuid(UUID uuid) {
        return companies.findByUuid(uuid).map(CompanyLookupService::toReference);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean documentTypeExists(String documentTypeCode) {
        return activeType(documentTypeCode).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> normalizeDocumentNumber(String documentTypeCode, String number) {
        return activeType(documentTypeCode).flatMap(type -> type.normalize(number));
    }

    private Optional<DocumentType> activeType(String code) {
        try {
            return documentTypes.findByCode(new DocumentTypeCode(code)).filter(DocumentType::active);
        } catch (IllegalArgumentException malformedCode) {
            return Optional.empty();
        }
    }

    private static CompanyReference toReference(Company company) {
        return new CompanyReference(company.uuid(), company.companyId(), company.name(), company.isActive());
    }
}
