package com.customerplatform.identity.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The companies users belong to, as identity needs to know them. */
public interface CompanyDirectory {

    Optional<CompanyInfo> find(String companyId);

    record CompanyInfo(UUID uuid, String companyId, boolean active) {}
}
