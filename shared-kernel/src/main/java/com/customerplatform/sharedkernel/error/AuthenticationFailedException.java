package com.customerplatform.sharedkernel.error;

/** The caller could not be authenticated (wrong credentials, unusable account or token). */
public final class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
