package com.customerplatform.sharedkernel.error;

/** The resource does not exist, or the caller may not know that it does. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
