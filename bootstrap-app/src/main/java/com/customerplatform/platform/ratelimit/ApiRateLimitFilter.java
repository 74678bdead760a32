package com.customerplatform.platform.ratelimit;

import com.customerplatform.platform.web.ErrorCodes;
import com.customerplatform.platform.web.Problems;
import com.customerplatform.sharedkernel.actor.Actor;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each request against every route group its path belongs to, for its caller: the token's
 * subject once Spring Security has authenticated it, else the client address. Answers {@code 429
 * RATE_LIMITED} with {@code Retry-After} past a limit, and tells every caller where it stands with
 * the {@code RateLimit-Limit}, {@code -Remaining} and {@code -Reset} headers (of the group closest
 * to its limit).
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiRateLimitFilter.class);

    private final List<RouteGroup> groups;
    private final RequestRateLimiter limiter;
    private final Problems problems;

    ApiRateLimitFilter(List<RouteGroup> groups, RequestRateLimiter limiter, Problems problems) {
        this.groups = groups;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        String caller = caller(request);
        RouteGroup tightestGroup = null;
        ConsumptionProbe tightest = null;
        for (RouteGroup group : groups) {
            if (!group.matches(path)) {
                continue;
            }
            ConsumptionProbe probe;
            try {
                probe = limiter.tryConsume(group, caller);
            } catch (RuntimeException unavailable) {
                // Fail open: the limits protect capacity, not data; sign-in and revocation fail closed on their own.
                log.warn("Rate limit {} not checked, request let through: {}", group.name(), unavailable.getMessage());
                continue;
            }
            if (tightest == null || !probe.isConsumed() || probe.getRemainingTokens() < tightest.getRemainingTokens()) {
                tightestGroup = group;
                tightest = probe;
            }
            if (!probe.isConsumed()) {
                break;
            }
        }
        if (tightest == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(
                "RateLimit-Limit", Long.toString(tightestGroup.limit().permits()));
        response.setHeader("RateLimit-Remaining", Long.toString(tightest.getRemainingTokens()));
        response.setHeader("RateLimit-Reset", Long.toString(secondsUntil(tightest.getNanosToWaitForReset())));
        if (tightest.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(secondsUntil(tightest.getNanosToWaitForRefill())));
        problems.write(
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                ErrorCodes.RATE_LIMITED,
                "Too many requests to " + tightestGroup.name() + "; retry after the time in Retry-After");
    }

    private static String caller(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return "user:" + actor.userId();
        }
        return "address:" + request.getRemoteAddr();
    }

    private static long secondsUntil(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
