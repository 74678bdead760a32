package com.customerplatform.identity.application.port.in;

import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;

/**
 * Trades a refresh token for a new access token and a new refresh token (rotation). Presenting a
 * refresh token that was already used revokes its whole session: someone has a copy.
 */
public interface RefreshSessionUseCase {

    SignedIn refresh(String refreshToken);
}
