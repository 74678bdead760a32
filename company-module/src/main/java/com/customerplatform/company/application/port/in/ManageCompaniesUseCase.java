package com.customerplatform.company.application.port.in;

import com.customerplatform.company.domain.company.Company;
import com.customerplatform.company.domain.company.CompanyStatus;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import com.customerplatform.sharedkernel.patch.FieldChanges;

/**
 * Tenant administration. Superusers onboard, delete and change the status of companies and see
 * them all; a company admin updates its own company's profile; other roles read their own company;
 * another company answers 404.
 */
public interface ManageCompaniesUseCase {

    Page<CompanyWithUsers> list(Actor actor, CompanyListQuery query, PageRequest page);

    /** @param reference the business key or the numeric id */
    CompanyWithUsers get(Actor actor, String reference);

    Company register(Actor actor, RegisterCompanyCommand command);

    Company update(Actor actor, String reference, FieldChanges changes);

    void delete(Actor actor, String reference);

    record CompanyListQuery(CompanyStatus status, String search) {}

    record CompanyWithUsers(Company company, long totalUsers, long totalActiveUsers) {}

    /** @param companyId the business key; generated ({@code COMP-001}, …) when absent */
    record RegisterCompanyCommand(
            String companyId,
            String name,
            String businessName,
            String documentType,
            String documentNumber,
            Integer daysCredit) {}
}
