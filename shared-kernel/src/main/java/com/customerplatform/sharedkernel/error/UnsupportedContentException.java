package com.customerplatform.sharedkernel.error;

/** The content is of a kind the rule does not accept, whatever the client declared it to be. */
public final class UnsupportedContentException extends DomainException {

    public UnsupportedContentException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
