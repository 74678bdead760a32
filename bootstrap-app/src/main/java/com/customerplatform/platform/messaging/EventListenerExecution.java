package com.customerplatform.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.util.Assert;

/**
 * Where the modules' asynchronous event listeners run (Spring Modulith's
 * {@code @ApplicationModuleListener}, the outbox's sends among them): on {@code concurrency}
 * platform threads, in the order they were started; the others wait in a queue. Once
 * {@code backlog} are waiting, {@link EventBacklogFilter} holds changes back until they catch up,
 * and refuses those it has held for its patience, so that the waiting stays bounded.
 *
 * <p>After a commit every publication's listener starts at once. Unbounded, a burst of commits
 * had hundreds of listeners asking for a database connection (most timed out and left their
 * publication unsent) and opening a broker channel each, until the broker's channel limit refused
 * them. With turns but nothing to slow the changes down, a sustained burst queued tens of
 * thousands until the heap ran out. Dropping a listener is no way out either: Modulith keeps each
 * publication in memory until its listener ends it (docs/performance.md).
 *
 * <p>Platform threads, not virtual ones: requests run on virtual threads, and under load a
 * listener on one queued behind them for the same few carrier threads at each of its steps (a
 * database call, a send, a confirm), so events fell behind changes. Platform threads get their
 * share of the CPU from the kernel's scheduler.
 *
 * <p>Only {@code @Async} uses this; Spring MVC keeps Boot's {@code applicationTaskExecutor}.
 */
class EventListenerExecution implements AsyncConfigurer {

    private final Turns turns;

    EventListenerExecution(Turns turns) {
        this.turns = turns;
    }

    @Override
    public Executor getAsyncExecutor() {
        return turns::start;
    }

    /**
     * Runs {@code concurrency} listeners at once, the others wait for a turn in order; saturated once
     * {@code backlog} wait, and callers may wait for room. Not an {@link Executor} itself: an executor
     * bean would make Boot leave out its {@code applicationTaskExecutor}.
     */
    static final class Turns implements DisposableBean {

        /** Long enough for the running sends' confirms; the queued stay in the outbox for another instance. */
        private static final long DRAIN_SECONDS = 5;

        private final ThreadPoolExecutor threads;
        private final int backlog;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition room = lock.newCondition();
        private final AtomicInteger awaitingRoom = new AtomicInteger();

        Turns(int concurrency, int backlog) {
            Assert.isTrue(concurrency > 0, "platform.messaging.listener-concurrency must be at least 1");
            Assert.isTrue(backlog > 0, "platform.messaging.listener-backlog must be at least 1");
            this.threads =
                    new ThreadPoolExecutor(
                            concurrency,
                            concurrency,
                            0,
                            TimeUnit.MILLISECONDS,
                            new LinkedBlockingQueue<>(),
                            // Daemons: a context that is never closed must not keep the JVM alive.
                            Thread.ofPlatform()
                                    .name("event-listener-", 1)
                                    .daemon(true)
                                    .factory()) {
                        @Override
                        protected void beforeExecute(Thread thread, Runnable listener) {
                            // A listener leaving the queue makes room for one change waiting for it.
                            if (awaitingRoom.get() > 0 && !saturated()) {
                                signalRoom();
                            }
                        }
                    };
            this.backlog = backlog;
        }

        void start(Runnable listener) {
            threads.execute(listener);
        }

        int waiting() {
            return threads.getQueue().size();
        }

        boolean saturated() {
            return waiting() >= backlog;
        }

        int waitingForRoom() {
            return awaitingRoom.get();
        }

        /** Waits up to {@code patience} for the backlog to have room; false if it still has none. */
        boolean awaitRoom(Duration patience) throws InterruptedException {
            if (!saturated()) {
                return true;
            }
            long left = patience.toNanos();
            lock.lock();
            awaitingRoom.incrementAndGet();
            try {
                while (saturated()) {
                    if (left <= 0) {
                        return false;
                    }
                    left = room.awaitNanos(left);
                }
                return true;
            } finally {
                awaitingRoom.decrementAndGet();
                lock.unlock();
            }
        }

        private void signalRoom() {
            lock.lock();
            try {
                room.signal();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void destroy() throws InterruptedException {
            threads.shutdown();
            if (!threads.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        }
    }
}
