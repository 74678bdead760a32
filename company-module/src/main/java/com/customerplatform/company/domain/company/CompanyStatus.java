package com.customerplatform.company.domain.company;

/** A tenant's lifecycle state; only an active company's users may sign in. */
public enum CompanyStatus {
    ACTIVE,
    INACTIVE,
    SUSPENDED
}
