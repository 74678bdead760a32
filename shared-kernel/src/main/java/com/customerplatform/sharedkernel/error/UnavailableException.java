package com.customerplatform.sharedkernel.error;

/** Something the request needs, outside this service, does not answer now; the client may retry. */
public final class UnavailableException extends DomainException {

    public UnavailableException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
