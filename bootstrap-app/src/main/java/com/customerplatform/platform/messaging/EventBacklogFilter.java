package com.customerplatform.platform.messaging;

import com.customerplatform.platform.web.ErrorCodes;
import com.customerplatform.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds changes while the event listeners are saturated: a request that may change data (and so
 * publish events) gets {@code 503 SERVICE_UNAVAILABLE} with {@code Retry-After: 1} until the
 * listeners' backlog shrinks. Reads and {@code /api/v1/auth/} go on. The alternative, letting
 * changes commit faster than their events can be sent, grows the backlog in memory without bound.
 */
final class EventBacklogFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Signing in and out, refreshing, passwords and linked identities publish no events. */
    private static final String AUTH = "/api/v1/auth/";

    private final BooleanSupplier saturated;
    private final Problems problems;

    EventBacklogFilter(BooleanSupplier saturated, Problems problems) {
        this.saturated = saturated;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READS.contains(request.getMethod())
                || request.getRequestURI().startsWith(AUTH)
                || !saturated.getAsBoolean()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                ErrorCodes.SERVICE_UNAVAILABLE,
                "Changes arrive faster than their events can be published; retry after the time in Retry-After");
    }
}
