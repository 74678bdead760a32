package com.customerplatform.platform.security;

import com.customerplatform.platform.web.ErrorCodes;
import com.customerplatform.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem bodies, with the RFC 6750 {@code WWW-Authenticate} challenge. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String INVALID_TOKEN = "INVALID_TOKEN";

    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    /** No credentials at all. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"customer-platform\"");
        problems.write(response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, "A valid bearer token is required");
    }

    /** A token that is malformed, forged, expired, revoked or not an access token. */
    void rejectInvalidToken(HttpServletResponse response) throws IOException {
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"customer-platform\", error=\"invalid_token\", error_description=\"The access token is invalid or expired\"");
        problems.write(response, HttpStatus.UNAUTHORIZED, INVALID_TOKEN, "The access token is invalid or expired");
    }

    /**
     * Whether the token's session was revoked could not be checked (Redis unreachable): refused,
     * since accepting it could let a signed-out token in, but as a retryable outage, not a 401 that
     * would make a client throw its tokens away.
     */
    void rejectUncheckable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        problems.write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                ErrorCodes.SERVICE_UNAVAILABLE,
                "The service is temporarily unavailable; please retry shortly.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "You may not do this");
    }
}
