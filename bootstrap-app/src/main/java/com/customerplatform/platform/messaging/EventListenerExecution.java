package com.customerplatform.platform.messaging;

import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.util.Assert;

/**
 * Where the modules' asynchronous event listeners run (Spring Modulith's
 * {@code @ApplicationModuleListener}, the outbox's sends among them): each on a virtual thread of
 * its own, but only {@code listenerConcurrency} at a time, in the order they were started.
 *
 * <p>After a commit every publication's listener starts at once. Unbounded, a burst of commits
 * (a busy create endpoint, one transaction publishing thousands of events) had hundreds of
 * listeners asking for a database connection to mark their publication in progress (most timed
 * out and left it unsent) and opening a broker channel each, until the broker's channel limit
 * refused them (docs/performance.md). The waiting happens inside each listener's own thread:
 * blocking the committing thread instead would hold its database connection, which the listeners
 * ahead of it may need.
 *
 * <p>Only {@code @Async} uses this; Spring MVC keeps Boot's {@code applicationTaskExecutor}.
 */
class EventListenerExecution implements AsyncConfigurer {

    private final Executor executor;

    EventListenerExecution(SimpleAsyncTaskExecutorBuilder executors, int concurrency) {
        Assert.isTrue(concurrency > 0, "platform.messaging.listener-concurrency must be at least 1");
        this.executor = executors
                .threadNamePrefix("event-listener-")
                .taskDecorator(takingTurns(new Semaphore(concurrency, true)))
                .build();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    private static TaskDecorator takingTurns(Semaphore turns) {
        return listener -> () -> {
            turns.acquireUninterruptibly();
            try {
                listener.run();
            } finally {
                turns.release();
            }
        };
    }
}
