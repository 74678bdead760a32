package com.customerplatform.company;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask the company module, synchronously. */
public interface CompanyApi {

    /** The company with this business key ({@code COMP-001}), if it exists. */
    Optional<CompanyReference> findCompany(String companyId);

    /** A company as other modules see it: identity and whether it may be used. */
    record CompanyReference(UUID uuid, String companyId, String name, boolean active) {}
}
