package com.customerplatform.platform.trace;

import com.customerplatform.sharedkernel.trace.TraceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a trace id: the caller's {@code X-Request-ID}, else the trace id of a W3C
 * {@code traceparent}, else a new one. It is returned in {@code X-Request-ID}, written into every
 * log line ({@code trace_id} in the MDC) and carried by every event the request publishes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestTracingFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-ID";
    public static final String TRACEPARENT_HEADER = "traceparent";
    public static final String MDC_KEY = "trace_id";

    /** Caller-chosen ids are echoed into headers and logs, so only a safe alphabet is accepted. */
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String INVALID_TRACE_ID = "00000000000000000000000000000000";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = traceIdOf(request);
        request.setAttribute(MDC_KEY, traceId);
        response.setHeader(REQUEST_ID_HEADER, traceId);
        MDC.put(MDC_KEY, traceId);
        try {
            TraceContext.callWithin(traceId, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String traceIdOf(HttpServletRequest request) {
        if (request.getAttribute(MDC_KEY) instanceof String alreadyAssigned) {
            return alreadyAssigned;
        }
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        if (requestId != null && SAFE_REQUEST_ID.matcher(requestId).matches()) {
            return requestId;
        }
        String traceparent = request.getHeader(TRACEPARENT_HEADER);
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.strip());
            if (matcher.matches() && !matcher.group(1).equals(INVALID_TRACE_ID)) {
                return matcher.group(1);
            }
        }
        return TraceContext.newTraceId();
    }

    /** Error dispatches run inside the original request's scope; trace them the same way. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
