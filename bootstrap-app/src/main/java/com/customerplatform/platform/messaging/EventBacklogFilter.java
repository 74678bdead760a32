package com.customerplatform.platform.messaging;

import com.customerplatform.platform.web.ErrorCodes;
import com.customerplatform.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds changes back while the event listeners are saturated: a request that may change data (and
 * so publish events) waits for the listeners' backlog to shrink, and gets
 * {@code 503 SERVICE_UNAVAILABLE} with {@code Retry-After: 1} if it has not within the patience
 * given. Reads and {@code /api/v1/auth/} go on. The alternative, letting changes commit faster than
 * their events can be sent, grows the backlog in memory without bound; refusing at once turns a
 * short burst into errors that waiting a moment would have avoided.
 */
final class EventBacklogFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Signing in and out, refreshing, passwords and linked identities publish no events. */
    private static final String AUTH = "/api/v1/auth/";

    /** Whether the backlog has room, after waiting for it as long as the configured patience. */
    @FunctionalInterface
    interface Room {
        boolean await() throws InterruptedException;
    }

    private final Room room;
    private final Problems problems;

    EventBacklogFilter(Room room, Problems problems) {
        this.room = room;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READS.contains(request.getMethod()) || request.getRequestURI().startsWith(AUTH) || hasRoom()) {
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

    private boolean hasRoom() {
        try {
            return room.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
