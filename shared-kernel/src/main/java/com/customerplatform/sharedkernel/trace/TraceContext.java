package com.customerplatform.sharedkernel.trace;

import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The trace id of the unit of work running on this thread (an HTTP request, a message being
 * handled). Bound with a {@link ScopedValue}, so it cannot leak into the next request served by a
 * pooled or virtual thread. Outside any bound scope each call mints a fresh id.
 */
public final class TraceContext {

    private static final ScopedValue<String> TRACE_ID = ScopedValue.newInstance();

    private TraceContext() {}

    public static String currentTraceId() {
        return TRACE_ID.isBound() ? TRACE_ID.get() : newTraceId();
    }

    /** A W3C-compatible trace id: 32 lower-case hex digits. */
    public static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static <T> T callWithin(String traceId, Callable<T> work) throws Exception {
        return ScopedValue.where(TRACE_ID, traceId).call(work::call);
    }
}
