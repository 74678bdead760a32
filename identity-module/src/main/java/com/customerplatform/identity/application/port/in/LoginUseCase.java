package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.domain.user.User;
import java.time.Duration;

/** Password sign-in: starts a session and issues its first tokens. */
public interface LoginUseCase {

    SignedIn login(LoginCommand command);

    /**
     * A sign-in attempt.
     *
     * @param login username or email
     * @param clientAddress where the attempt came from (throttling, audit)
     */
    record LoginCommand(String login, String password, String clientAddress) {}

    record SignedIn(String accessToken, Duration accessTokenLifetime, String refreshToken, User user) {}
}
