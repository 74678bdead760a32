package com.customerplatform.sharedkernel.error;

import java.util.List;

/** Well-formed input that breaks a domain rule; names the offending fields. */
public final class InvalidInputException extends DomainException {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

    private final List<FieldError> fieldErrors;

    public InvalidInputException(String errorCode, String detail, List<FieldError> fieldErrors) {
        super(errorCode, detail);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(
                VALIDATION_FAILED, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
