package com.customerplatform.company.adapter.in.gdpr;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.company.CompanyApi.CompanyReference;
import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import com.customerplatform.gdpr.spi.ProcessingRecord;
import com.customerplatform.gdpr.spi.SectionWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The company a subject belongs to: the controller of its data, named in its export. Companies
 * are legal entities, so the module stores nothing about the person and erases nothing; the
 * membership itself is the account's {@code company_id} and goes with the account.
 */
public class CompanyPersonalData implements PersonalDataHolder {

    private static final ProcessingRecord PROCESSING = new ProcessingRecord(
            List.of("Knowing which company you belong to: it decides who administers your account and profiles"),
            "Contract (GDPR Art. 6(1)(b)) between you or your employer and the company",
            List.of("Membership: the company's key, uuid, name and whether it is active"),
            List.of("The company's administrators"),
            "As long as your account belongs to the company.");

    private final CompanyApi companies;

    public CompanyPersonalData(CompanyApi companies) {
        this.companies = companies;
    }

    @Override
    public String section() {
        return "company";
    }

    @Override
    public ProcessingRecord processing() {
        return PROCESSING;
    }

    @Override
    public Set<String> personalDataColumns() {
        return Set.of();
    }

    @Override
    public boolean holdsDataOf(DataSubject subject) {
        return company(subject).isPresent();
    }

    @Override
    public void export(DataSubject subject, SectionWriter section) {
        company(subject)
                .ifPresent(company -> section.field(
                        "membership",
                        new Membership(company.companyId(), company.uuid(), company.name(), company.active())));
    }

    /** Nothing here is about the person (see the class comment). */
    @Override
    public int erase(DataSubject subject) {
        return 0;
    }

    private Optional<CompanyReference> company(DataSubject subject) {
        return Optional.ofNullable(subject.companyUuid()).flatMap(companies::findCompanyByUuid);
    }

    /** The company as the controller of the subject's data. */
    record Membership(String companyId, UUID companyUuid, String name, boolean active) {}
}
