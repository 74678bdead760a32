package com.customerplatform.identity.application.port.in;

import java.util.List;
import java.util.Map;

/** The public keys other services verify our tokens with (published as a JWKS). */
public interface GetVerificationKeysUseCase {

    List<Map<String, ?>> verificationKeys();
}
