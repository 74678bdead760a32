package com.customerplatform.sharedkernel.error;

/** The request carries more than the rule allows (an avatar over its size limit, say). */
public final class ContentTooLargeException extends DomainException {

    public ContentTooLargeException(String errorCode, String detail) {
        super(errorCode, detail);
    }
}
