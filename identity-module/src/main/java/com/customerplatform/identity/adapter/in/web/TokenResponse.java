package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.application.port.in.LoginUseCase.SignedIn;

/** The answer to every sign-in and refresh: this platform's own token pair and the user. */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, UserResponse user) {

    static TokenResponse of(SignedIn signedIn, UserWebMapper users) {
        return new TokenResponse(
                signedIn.accessToken(),
                "Bearer",
                signedIn.accessTokenLifetime().toSeconds(),
                signedIn.refreshToken(),
                users.toResponse(signedIn.user()));
    }
}
