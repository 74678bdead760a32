package com.customerplatform.identity.application.service;

import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;
import com.customerplatform.identity.application.port.out.AccessTokens;
import com.customerplatform.identity.application.port.out.AccessTokens.IssuedAccessToken;
import com.customerplatform.identity.application.port.out.CompanyDirectory;
import com.customerplatform.identity.application.port.out.CompanyDirectory.CompanyInfo;
import com.customerplatform.identity.domain.session.RefreshToken;
import com.customerplatform.identity.domain.user.User;
import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import java.util.UUID;

/** Issues the token pair of a session, for sign-in and refresh alike. */
public class SessionTokens {

    public static final String COMPANY_NOT_ACTIVE = "COMPANY_NOT_ACTIVE";

    private final AccessTokens accessTokens;
    private final CompanyDirectory companies;

    public SessionTokens(AccessTokens accessTokens, CompanyDirectory companies) {
        this.accessTokens = accessTokens;
        this.companies = companies;
    }

    /** Refuses users whose company is not (or no longer) active. */
    SignedIn issue(User user, UUID sessionId, RefreshToken refreshToken) {
        CompanyInfo company = user.companyId() == null
                ? null
                : companies
                        .find(user.companyId())
                        .filter(CompanyInfo::active)
                        .orElseThrow(() -> new AuthenticationFailedException(
                                COMPANY_NOT_ACTIVE, "Your company's account is not active"));
        IssuedAccessToken accessToken = accessTokens.issue(user, company, sessionId);
        return new SignedIn(accessToken.value(), accessToken.lifetime(), refreshToken.value(), user);
    }
}
