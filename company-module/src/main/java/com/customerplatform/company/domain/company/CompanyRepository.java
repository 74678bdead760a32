package com.customerplatform.company.domain.company;

import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of companies. */
public interface CompanyRepository {

    Optional<Company> findByCompanyId(String companyId);

    Optional<Company> findById(long id);

    Optional<Company> findByUuid(UUID uuid);

    /** Ordered by name, then key. */
    Page<Company> find(CompanyQuery query, PageRequest page);

    /** The next generated key: {@code COMP-} and at least three digits. */
    String nextCompanyKey();

    boolean companyIdTaken(String companyId);

    boolean documentNumberTaken(String documentNumber, Long exceptCompanyId);

    Company insert(Company company);

    /** Saves the changed company if nobody changed it since it was read. */
    Company update(Company company);

    void delete(long id);

    boolean anyWithDocumentType(String documentType);

    /** Companies per status (every status listed) and how many were created since the instant; one company or all. */
    StatusCounts countByStatus(String companyId, Instant createdSince);

    record StatusCounts(Map<CompanyStatus, Long> byStatus, long createdSince) {}

    /**
     * @param companyId only this company (for callers confined to theirs); null: all
     * @param search case-insensitive substring of name, business name or key
     */
    record CompanyQuery(String companyId, CompanyStatus status, String search) {}
}
