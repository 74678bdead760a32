package com.customerplatform.company;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask the company module, synchronously. */
public interface CompanyApi {

    /** The company with this business key ({@code COMP-001}), if it exists. */
    Optional<CompanyReference> findCompany(String companyId);

    /** The company with this uuid (what customer profiles carry as {@code business_id}), if it exists. */
    Optional<CompanyReference> findCompanyByUuid(UUID uuid);

    /** Whether the catalogue has an active document type with this code (case-insensitive). */
    boolean documentTypeExists(String documentTypeCode);

    /** The number in the normal form of its document type, or empty if the type is unknown or the number breaks its rule. */
    Optional<String> normalizeDocumentNumber(String documentTypeCode, String number);

    /** A company as other modules see it: identity and whether it may be used. */
    record CompanyReference(UUID uuid, String companyId, String name, boolean active) {}
}
