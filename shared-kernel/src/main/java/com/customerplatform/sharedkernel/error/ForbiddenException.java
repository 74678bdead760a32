package com.customerplatform.sharedkernel.error;

/** The caller is known but its role may never do this (SPEC §8: 403, not 404). */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
