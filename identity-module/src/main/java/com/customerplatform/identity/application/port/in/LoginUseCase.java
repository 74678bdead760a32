package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.domain.user.User;
import java.time.Duration;

/** Password sign-in: starts a session and issues its first tokens. */
public interface LoginUseCase {

    SignedIn login(LoginCommand command);

    /** @param login username or email */
    record LoginCommand(String login, String password) {}

    record SignedIn(String accessToken, Duration accessTokenLifetime, String refreshToken, User user) {}
}
