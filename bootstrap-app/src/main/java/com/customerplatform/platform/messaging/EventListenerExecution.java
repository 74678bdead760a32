package com.customerplatform.platform.messaging;

import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.util.Assert;

/**
 * Where the modules' asynchronous event listeners run (Spring Modulith's
 * {@code @ApplicationModuleListener}, the outbox's sends among them): each on a virtual thread of
 * its own, {@code concurrency} at a time in the order they were started, with at most
 * {@code backlog} more waiting. A listener beyond those is not run here at all: its publication
 * stays in the outbox, where the staleness monitor marks it failed and the sweeper sends it again
 * (docs/events.md), so a burst costs delay, never memory.
 *
 * <p>After a commit every publication's listener starts at once. Unbounded, a burst of commits
 * had hundreds of listeners asking for a database connection (most timed out and left their
 * publication unsent) and opening a broker channel each, until the broker's channel limit refused
 * them; with turns but no bound on the waiting, a sustained burst parked tens of thousands of them
 * until the heap ran out (docs/performance.md). The waiting happens inside each listener's own
 * thread: blocking the committing thread instead would hold its database connection, which the
 * listeners ahead of it may need.
 *
 * <p>Only {@code @Async} uses this; Spring MVC keeps Boot's {@code applicationTaskExecutor}.
 */
class EventListenerExecution implements AsyncConfigurer {

    private final Executor executor;

    EventListenerExecution(
            SimpleAsyncTaskExecutorBuilder executors, int concurrency, int backlog, OutboxMetrics metrics) {
        this.executor = executors
                .threadNamePrefix("event-listener-")
                .taskDecorator(new Turns(concurrency, backlog, metrics::deferred))
                .build();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    /** Lets {@code concurrency} listeners run and {@code backlog} wait; defers any further one. */
    static final class Turns implements TaskDecorator {

        private final Semaphore running;
        private final AtomicInteger admitted = new AtomicInteger();
        private final int capacity;
        private final Runnable deferred;

        Turns(int concurrency, int backlog, Runnable deferred) {
            Assert.isTrue(concurrency > 0, "platform.messaging.listener-concurrency must be at least 1");
            Assert.isTrue(backlog >= 0, "platform.messaging.listener-backlog must not be negative");
            this.running = new Semaphore(concurrency, true);
            this.capacity = concurrency + backlog;
            this.deferred = deferred;
        }

        @Override
        public Runnable decorate(Runnable listener) {
            return () -> {
                if (admitted.incrementAndGet() > capacity) {
                    admitted.decrementAndGet();
                    deferred.run();
                    return;
                }
                running.acquireUninterruptibly();
                try {
                    listener.run();
                } finally {
                    running.release();
                    admitted.decrementAndGet();
                }
            };
        }
    }
}
