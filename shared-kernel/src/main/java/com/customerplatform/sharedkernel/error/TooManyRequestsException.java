package com.customerplatform.sharedkernel.error;

import java.time.Duration;

/** The caller must slow down; it may try again after {@link #retryAfter()}. */
public final class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String errorCode, String detail, Duration retryAfter) {
        super(errorCode, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
