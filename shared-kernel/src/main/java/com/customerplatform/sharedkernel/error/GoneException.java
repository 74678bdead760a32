package com.customerplatform.sharedkernel.error;

/** The thing existed but is no longer available (an expired link, say); asking again will not help. */
public final class GoneException extends DomainException {

    public GoneException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
