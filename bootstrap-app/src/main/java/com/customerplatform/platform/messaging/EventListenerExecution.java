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
 * its own, {@code concurrency} at a time in the order they were started. Once {@code backlog} are
 * waiting, {@link EventBacklogFilter} refuses changes until they catch up, so that the waiting
 * stays bounded.
 *
 * <p>After a commit every publication's listener starts at once. Unbounded, a burst of commits
 * had hundreds of listeners asking for a database connection (most timed out and left their
 * publication unsent) and opening a broker channel each, until the broker's channel limit refused
 * them. With turns but nothing to slow the changes down, a sustained burst parked tens of
 * thousands until the heap ran out. Dropping a listener is no way out either: Modulith keeps each
 * publication in memory until its listener ends it (docs/performance.md). The waiting happens
 * inside each listener's own thread: blocking the committing thread instead would hold its
 * database connection, which the listeners ahead of it may need.
 *
 * <p>Only {@code @Async} uses this; Spring MVC keeps Boot's {@code applicationTaskExecutor}.
 */
class EventListenerExecution implements AsyncConfigurer {

    private final Executor executor;

    EventListenerExecution(SimpleAsyncTaskExecutorBuilder executors, Turns turns) {
        this.executor = executors
                .threadNamePrefix("event-listener-")
                .taskDecorator(turns)
                .build();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    /**
     * Lets {@code concurrency} listeners run at once, the others wait for a turn in order; saturated
     * once {@code backlog} wait.
     */
    static final class Turns implements TaskDecorator {

        private final Semaphore running;
        private final AtomicInteger waiting = new AtomicInteger();
        private final int backlog;

        Turns(int concurrency, int backlog) {
            Assert.isTrue(concurrency > 0, "platform.messaging.listener-concurrency must be at least 1");
            Assert.isTrue(backlog > 0, "platform.messaging.listener-backlog must be at least 1");
            this.running = new Semaphore(concurrency, true);
            this.backlog = backlog;
        }

        int waiting() {
            return waiting.get();
        }

        boolean saturated() {
            return waiting() >= backlog;
        }

        @Override
        public Runnable decorate(Runnable listener) {
            return () -> {
                waiting.incrementAndGet();
                running.acquireUninterruptibly();
                waiting.decrementAndGet();
                try {
                    listener.run();
                } finally {
                    running.release();
                }
            };
        }
    }
}
