package com.customerplatform.identity.application.port.in;

/** When a company stops being active, its users' sessions end (sign-in is refused until it is active again). */
public interface EndCompanySessionsUseCase {

    void endSessionsOf(String companyId);
}
