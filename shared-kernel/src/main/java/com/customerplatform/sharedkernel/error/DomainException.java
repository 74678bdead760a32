package com.customerplatform.sharedkernel.error;

/**
 * A business rule said no. Carries a stable {@code error_code} that clients can branch on; the
 * web adapter turns each subtype into its HTTP status, so the domain never thinks in HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException,
                ConflictException,
                InvalidInputException,
                AuthenticationFailedException,
                ForbiddenException,
                TooManyRequestsException,
                ContentTooLargeException,
                UnsupportedContentException,
                GoneException,
                UnavailableException {

    private final String errorCode;

    protected DomainException(String errorCode, String detail) {
        super(detail);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
