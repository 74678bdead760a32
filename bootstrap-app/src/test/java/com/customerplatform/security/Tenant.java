package com.customerplatform.security;

import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A company with one of everything an endpoint can name: its admin, a user of role customer with
 * its own profile, a viewer, a profile with a note and a tag, and a document type (global, but
 * created for this tenant so that nobody else's changes show).
 */
record Tenant(
        TestCompany company,
        long companyNumericId,
        TestUser admin,
        TestUser customerUser,
        TestUser member,
        long memberNumericId,
        UUID ownProfileId,
        UUID customerId,
        UUID noteId,
        String tagName,
        String documentTypeCode) {

    /**
     * Every spelling of this tenant's resources, by the name of the path variable that takes it.
     * Users and companies are addressed by key or uuid and by number: both are tried.
     */
    Map<String, List<String>> pathValues() {
        return Map.of(
                "customerId", List.of(customerId.toString()),
                "noteId", List.of(noteId.toString()),
                "userId", List.of(member.uuid().toString(), Long.toString(memberNumericId)),
                "companyId", List.of(company.companyId(), Long.toString(companyNumericId)),
                "code", List.of(documentTypeCode),
                "name", List.of(tagName));
    }
}
