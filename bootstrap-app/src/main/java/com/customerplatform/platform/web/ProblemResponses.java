package com.customerplatform.platform.web;

import com.customerplatform.sharedkernel.error.AuthenticationFailedException;
import com.customerplatform.sharedkernel.error.ConflictException;
import com.customerplatform.sharedkernel.error.ContentTooLargeException;
import com.customerplatform.sharedkernel.error.DomainException;
import com.customerplatform.sharedkernel.error.FieldError;
import com.customerplatform.sharedkernel.error.ForbiddenException;
import com.customerplatform.sharedkernel.error.GoneException;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.NotFoundException;
import com.customerplatform.sharedkernel.error.TooManyRequestsException;
import com.customerplatform.sharedkernel.error.UnavailableException;
import com.customerplatform.sharedkernel.error.UnsupportedContentException;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Renders every error as RFC 9457 {@code application/problem+json} with the seed's extra members
 * ({@code error_code}, {@code timestamp}, and {@code errors[]} for validation). Spring MVC's own
 * exceptions keep their status (400, 404, 405, 406, 413, 415…) through the base class; domain
 * exceptions map to 401 / 403 / 404 / 409 / 410 / 413 / 415 / 422 / 429 / 503. Nothing internal (class names, SQL, stack traces) is ever
 * written to the body.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final Problems problems;

    ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException ex) {
        HttpStatus status = switch (ex) {
            case NotFoundException _ -> HttpStatus.NOT_FOUND;
            case ConflictException _ -> HttpStatus.CONFLICT;
            case InvalidInputException _ -> HttpStatus.UNPROCESSABLE_CONTENT;
            case AuthenticationFailedException _ -> HttpStatus.UNAUTHORIZED;
            case ForbiddenException _ -> HttpStatus.FORBIDDEN;
            case TooManyRequestsException _ -> HttpStatus.TOO_MANY_REQUESTS;
            case ContentTooLargeException _ -> HttpStatus.CONTENT_TOO_LARGE;
            case UnsupportedContentException _ -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case GoneException _ -> HttpStatus.GONE;
            case UnavailableException _ -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        List<FieldError> errors = switch (ex) {
            case InvalidInputException invalid -> invalid.fieldErrors();
            case ConflictException conflict -> conflict.fieldErrors();
            default -> List.of();
        };
        ResponseEntity<Object> response = problems.response(status, ex.errorCode(), ex.getMessage(), errors);
        if (ex instanceof TooManyRequestsException tooMany) {
            long seconds = Math.max(1, tooMany.retryAfter().toSeconds());
            return ResponseEntity.status(status)
                    .headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(response.getBody());
        }
        return response;
    }

    /** The database is unreachable or overloaded: fail fast, the client may retry. */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class,
        // A commit or rollback whose connection broke: the database went away mid-transaction.
        TransactionSystemException.class
    })
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable: {}", ex.getMessage());
        return problems.response(
                HttpStatus.SERVICE_UNAVAILABLE,
                ErrorCodes.SERVICE_UNAVAILABLE,
                "The service is temporarily unavailable; please retry shortly.",
                List.of());
    }

    /**
     * A unique key refused a value (SQL state 23505): the modules check that a value is free before
     * they store it (or, as a customer's create does, let the insert skip a taken one and answer
     * themselves), so this is a concurrent request that stored the same one in between (two
     * first sign-ins of one person, two tags of one name). The caller may retry and then gets the
     * module's own answer. A value the database cannot store (class 22, "data exception": text
     * with a NUL character, say) came from the client: bad input, not a fault of the service.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> dataIntegrity(DataIntegrityViolationException ex) {
        if (sqlState(ex).equals(UNIQUE_VIOLATION)) {
            log.info("A concurrent request stored the same unique value first; this one is asked to retry");
            return problems.response(
                    HttpStatus.CONFLICT,
                    ConflictException.CONCURRENT_MODIFICATION,
                    "Another request stored the same data at the same moment; retry",
                    List.of());
        }
        if (!sqlState(ex).startsWith("22")) {
            return unexpected(ex);
        }
        log.warn("Refused a value the database cannot store (SQL state {})", sqlState(ex));
        return problems.response(
                HttpStatus.UNPROCESSABLE_CONTENT,
                InvalidInputException.VALIDATION_FAILED,
                "A value cannot be stored: text must not contain NUL characters, numbers must fit their fields",
                List.of());
    }

    /** A multipart body without a boundary, or cut short: the client's mistake (size limits have their own 413). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException ex) {
        return problems.response(
                HttpStatus.BAD_REQUEST,
                ErrorCodes.MALFORMED_REQUEST,
                "The multipart request body is malformed",
                List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return problems.response(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorCodes.INTERNAL_ERROR,
                "An unexpected error occurred. Quote the X-Request-ID header when reporting it.",
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return switch (ex.getMostSpecificCause()) {
            // Raised while the body was read, e.g. by RequestBodyLimitFilter once a chunked body passes the limit.
            case DomainException domain -> domain(domain);
            case UnrecognizedPropertyException unknown ->
                problems.response(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        ErrorCodes.UNKNOWN_FIELD,
                        "Unknown field '" + unknown.getPropertyName() + "'",
                        List.of(new FieldError(path(unknown), "is not a known field")));
            case StreamConstraintsException _ ->
                problems.response(
                        HttpStatus.BAD_REQUEST,
                        ErrorCodes.JSON_LIMIT_EXCEEDED,
                        "The JSON nests too deeply or holds an over-long number, string or name",
                        List.of());
            case MismatchedInputException mismatch
            when !mismatch.getPath().isEmpty() ->
                problems.response(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        InvalidInputException.VALIDATION_FAILED,
                        "Field '" + path(mismatch) + "' has the wrong type or format",
                        List.of(new FieldError(path(mismatch), "has the wrong type or format")));
            default ->
                problems.response(
                        HttpStatus.BAD_REQUEST,
                        ErrorCodes.MALFORMED_REQUEST,
                        "The request body is missing or is not valid JSON",
                        List.of());
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(fieldErrors(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return validationFailed(errors);
    }

    /**
     * Every other Spring MVC exception keeps its status and headers (e.g. {@code Allow} on 405);
     * the body gets our members. Spring's own problem detail texts are written for clients.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        String detail = body instanceof ProblemDetail problem && problem.getDetail() != null
                ? problem.getDetail()
                : status.getReasonPhrase();
        ResponseEntity<Object> response = problems.response(status, ErrorCodes.forStatus(status), detail, List.of());
        // The content type stays set: without it Spring negotiates with the Accept header, and drops
        // the body of an error whose Accept header it cannot even parse.
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(response.getBody());
    }

    private ResponseEntity<Object> validationFailed(List<FieldError> errors) {
        String detail = errors.isEmpty()
                ? "Validation failed"
                : "Validation failed: "
                        + errors.stream()
                                .map(e -> e.field() + " " + e.message())
                                .reduce((a, b) -> a + "; " + b)
                                .orElseThrow();
        return problems.response(
                HttpStatus.UNPROCESSABLE_CONTENT, InvalidInputException.VALIDATION_FAILED, detail, errors);
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> new FieldError(Problems.jsonName(error.getField()), error.getDefaultMessage()))
                .toList();
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** The JSON path of the offending member, e.g. {@code address.lines[2]}. */
    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
