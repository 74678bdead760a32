package com.customerplatform.platform.web;

import com.customerplatform.sharedkernel.error.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the one problem body shape every error response of the service uses. */
@Component
public class Problems {

    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

    private final Clock clock;
    private final JsonMapper json;

    Problems(Clock clock, JsonMapper json) {
        this.clock = clock;
        this.json = json;
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

    public ResponseEntity<Object> response(
            HttpStatus status, String errorCode, String detail, List<FieldError> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, errorCode, detail, errors));
    }

    /** For code outside Spring MVC (security filters) that must answer with a problem itself. */
    public void write(HttpServletResponse response, HttpStatus status, String errorCode, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem(status, errorCode, detail, List.of()));
    }

    /** A Java property name as clients see it in JSON ({@code documentType} → {@code document_type}). */
    static String jsonName(String javaName) {
        return WORD_BOUNDARY.matcher(javaName).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
