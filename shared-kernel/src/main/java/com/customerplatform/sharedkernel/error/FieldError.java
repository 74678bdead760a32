package com.customerplatform.sharedkernel.error;

/** One field that failed validation, named as the client sent it (snake_case). */
public record FieldError(String field, String message) {}
