package com.customerplatform.company.application.port.out;

/** What operators count about tenants. */
public interface CompanyMetrics {

    void onboarded();
}
