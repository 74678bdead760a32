package com.customerplatform.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (a filter that rejects the request, {@code sendError} from
 * the security chain, a container limit) are dispatched to {@code /error}; they get the same
 * problem body as everything else instead of Boot's default JSON. Requested directly,
 * {@code /error} is no endpoint: 404, and it is left out of the OpenAPI document.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${spring.web.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            log.error(
                    "Request to {} failed outside Spring MVC",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
        }
        String detail = status.is5xxServerError()
                ? "An unexpected error occurred. Quote the X-Request-ID header when reporting it."
                : status.getReasonPhrase();
        return problems.response(status, ErrorCodes.forStatus(status), detail, List.of());
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // Not an error dispatch: a client asked for /error itself.
        return HttpStatus.NOT_FOUND;
    }
}
