package com.customerplatform.company.adapter.out.persistence;

import static com.customerplatform.company.adapter.out.persistence.jooq.Sequences.COMPANY_KEY_SEQ;
import static com.customerplatform.company.adapter.out.persistence.jooq.Tables.COMPANIES;

import com.customerplatform.company.adapter.out.persistence.jooq.tables.records.CompaniesRecord;
import com.customerplatform.company.domain.company.Company;
import com.customerplatform.company.domain.company.CompanyRepository;
import com.customerplatform.company.domain.company.CompanyStatus;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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

    @Override
    public Optional<Company> findById(long id) {
        return dsl.selectFrom(COMPANIES).where(COMPANIES.ID.eq(id)).fetchOptional(JooqCompanyRepository::toDomain);
    }

    @Override
    public Optional<Company> findByUuid(UUID uuid) {
        return dsl.selectFrom(COMPANIES).where(COMPANIES.UUID.eq(uuid)).fetchOptional(JooqCompanyRepository::toDomain);
    }

    @Override
    public Page<Company> find(CompanyQuery query, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (query.companyId() != null) {
            condition = condition.and(COMPANIES.COMPANY_ID.eq(query.companyId()));
        }
        if (query.status() != null) {
            condition = condition.and(COMPANIES.STATUS.eq(query.status().code()));
        }
        if (query.search() != null && !query.search().isBlank()) {
            // containsIgnoreCase escapes % and _ itself: they match literally.
            String term = query.search().strip();
            condition = condition.and(COMPANIES
                    .NAME
                    .containsIgnoreCase(term)
                    .or(COMPANIES.BUSINESS_NAME.containsIgnoreCase(term))
                    .or(COMPANIES.COMPANY_ID.containsIgnoreCase(term)));
        }
        long total = dsl.fetchCount(COMPANIES, condition);
        List<Company> items = dsl.selectFrom(COMPANIES)
                .where(condition)
                .orderBy(COMPANIES.NAME.asc(), COMPANIES.COMPANY_ID.asc())
                .limit(page.limit())
                .offset(page.offset())
                .fetch(JooqCompanyRepository::toDomain);
        return new Page<>(items, total, page);
    }

    @Override
    public String nextCompanyKey() {
        return "COMP-%03d".formatted(dsl.nextval(COMPANY_KEY_SEQ));
    }

    @Override
    public boolean companyIdTaken(String companyId) {
        return dsl.fetchExists(COMPANIES, COMPANIES.COMPANY_ID.eq(companyId));
    }

    @Override
    public boolean documentNumberTaken(String documentNumber, Long exceptCompanyId) {
        return dsl.fetchExists(
                COMPANIES,
                COMPANIES
                        .DOCUMENT_NUMBER
                        .eq(documentNumber)
                        .and(exceptCompanyId == null ? DSL.noCondition() : COMPANIES.ID.ne(exceptCompanyId)));
    }

    @Override
    public Company insert(Company company) {
        CompaniesRecord row = dsl.newRecord(COMPANIES)
                .setUuid(company.uuid())
                .setCompanyId(company.companyId())
                .setName(company.name())
                .setBusinessName(company.businessName())
                .setDocumentType(company.documentType())
                .setDocumentNumber(company.documentNumber())
                .setStatus(company.status().code())
                .setDaysCredit(company.daysCredit())
                .setVersion(company.version())
                .setCreatedAt(offset(company.createdAt()))
                .setUpdatedAt(offset(company.updatedAt()));
        row.store();
        return toDomain(row);
    }

    @Override
    public Company update(Company company) {
        CompaniesRecord row = dsl.update(COMPANIES)
                .set(COMPANIES.NAME, company.name())
                .set(COMPANIES.BUSINESS_NAME, company.businessName())
                .set(COMPANIES.DOCUMENT_TYPE, company.documentType())
                .set(COMPANIES.DOCUMENT_NUMBER, company.documentNumber())
                .set(COMPANIES.STATUS, company.status().code())
                .set(COMPANIES.DAYS_CREDIT, company.daysCredit())
                .set(COMPANIES.UPDATED_AT, offset(company.updatedAt()))
                .set(COMPANIES.VERSION, COMPANIES.VERSION.plus(1))
                .where(COMPANIES.ID.eq(company.id()).and(COMPANIES.VERSION.eq(company.version())))
                .returning()
                .fetchOne();
        if (row == null) {
            throw ConflictException.concurrentModification(
                    "The company was changed by someone else meanwhile; reload and retry");
        }
        return toDomain(row);
    }

    @Override
    public void delete(long id) {
        dsl.deleteFrom(COMPANIES).where(COMPANIES.ID.eq(id)).execute();
    }

    @Override
    public boolean anyWithDocumentType(String documentType) {
        return dsl.fetchExists(COMPANIES, COMPANIES.DOCUMENT_TYPE.eq(documentType));
    }

    @Override
    public StatusCounts countByStatus(String companyId, Instant createdSince) {
        Map<CompanyStatus, Long> byStatus = new EnumMap<>(CompanyStatus.class);
        for (CompanyStatus status : CompanyStatus.values()) {
            byStatus.put(status, 0L);
        }
        long created = 0;
        for (var row : dsl.select(
                        COMPANIES.STATUS,
                        DSL.count(),
                        DSL.count().filterWhere(COMPANIES.CREATED_AT.ge(offset(createdSince))))
                .from(COMPANIES)
                .where(companyId == null ? DSL.noCondition() : COMPANIES.COMPANY_ID.eq(companyId))
                .groupBy(COMPANIES.STATUS)
                .fetch()) {
            byStatus.put(CompanyStatus.valueOf(row.value1().toUpperCase(Locale.ROOT)), (long) row.value2());
            created += row.value3();
        }
        return new StatusCounts(byStatus, created);
    }

    private static Company toDomain(CompaniesRecord row) {
        return new Company(
                row.getId(),
                row.getUuid(),
                row.getCompanyId(),
                row.getName(),
                row.getBusinessName(),
                row.getDocumentType(),
                row.getDocumentNumber(),
                CompanyStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
                row.getDaysCredit(),
                row.getVersion(),
                row.getCreatedAt().toInstant(),
                row.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
