package com.customerplatform.sharedkernel.error;

import java.util.List;

/** The change collides with existing state, e.g. a duplicate business key; names the colliding fields. */
public final class ConflictException extends DomainException {

    private final List<FieldError> fieldErrors;

    public ConflictException(String errorCode, String detail) {
        this(errorCode, detail, List.of());
    }

    public ConflictException(String errorCode, String detail, List<FieldError> fieldErrors) {
        super(errorCode, detail);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
