package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;
import com.customerplatform.identity.domain.external.ExternalAccount;

/**
 * Sign-in through an external OpenID Connect provider, once the provider's answer is verified:
 * finds (or links, or provisions) the user and starts a session exactly as password sign-in does.
 */
public interface ExternalSignInUseCase {

    /**
     * @param clientAddress where the sign-in came from (audit)
     */
    SignedIn signIn(ExternalAccount account, String clientAddress);
}
