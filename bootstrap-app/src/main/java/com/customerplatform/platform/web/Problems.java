package com.customerplatform.platform.web;

import com.customerplatform.sharedkernel.error.FieldError;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Builds the one problem body shape every error response of the service uses. */
@Component
public class Problems {

    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private final Clock clock;

    Problems(Clock clock) {
        this.clock = clock;
    }

    public ProblemDetail problem(HttpStatus status, String errorCode, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("error_code", errorCode);
        problem.setProperty("timestamp", clock.instant().toString());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public ResponseEntity<Object> response(HttpStatus status, String errorCode, String detail, List<FieldError> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, errorCode, detail, errors));
    }

    /** A Java property name as clients see it in JSON ({@code documentType} → {@code document_type}). */
    static String jsonName(String javaName) {
        return WORD_BOUNDARY.matcher(javaName).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
