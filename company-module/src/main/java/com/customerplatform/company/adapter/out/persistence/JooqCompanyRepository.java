package com.customerplatform.company.adapter.out.persistence;

import static com.customerplatform.company.adapter.out.persistence.jooq.Tables.COMPANIES;

import com.customerplatform.company.adapter.out.persistence.jooq.tables.records.CompaniesRecord;
import com.customerplatform.company.domain.company.Company;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.company.CompanyStatus;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/** Companies in table {@code company.companies}. */
public class JooqCompanyRepository implements CompanyRepository {

    private final DSLContext dsl;

    public JooqCompanyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Company> findByCompanyId(String companyId) {
        return dsl.selectFrom(COMPANIES)
                .where(COMPANIES.COMPANY_ID.eq(companyId))
                .fetchOptional(JooqCompanyRepository::toDomain);
    }

    private static Company toDomain(CompaniesRecord row) {
        return new Company(row.getId(), row.getUuid(), row.getCompanyId(), row.getName(), row.getBusinessName(),
                row.getDocumentType(), row.getDocumentNumber(), CompanyStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
                row.getDaysCredit(), row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
    }
}
