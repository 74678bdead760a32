package com.customerplatform.sharedkernel.error;

/** The change collides with existing state, e.g. a duplicate business key. */
public final class ConflictException extends DomainException {

    public ConflictException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
