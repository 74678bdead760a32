package com.customerplatform.sharedkernel.error;

import java.util.List;

/** The change collides with existing state, e.g. a duplicate business key; names the colliding fields. */
public final class ConflictException extends DomainException {

    /** Another request changed the same data in between (a stale version, a key freed and taken). */
    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";

    private final List<FieldError> fieldErrors;

    public ConflictException(String errorCode, String detail) {
        this(errorCode, detail, List.of());
    }

    public ConflictException(String errorCode, String detail, List<FieldError> fieldErrors) {
        super(errorCode, detail);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ConflictException concurrentModification(String detail) {
        return new ConflictException(CONCURRENT_MODIFICATION, detail);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
