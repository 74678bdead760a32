package com.customerplatform.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.platform.messaging.EventListenerExecution.Turns;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventListenerExecutionTest {

    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final AtomicBoolean onAVirtualThread = new AtomicBoolean();
    final CountDownLatch release = new CountDownLatch(1);

    @Test
    void listenersTakeTurnsOnPlatformThreadsAndTheBacklogSaysWhenItIsFull() throws Exception {
        Turns turns = new Turns(2, 18);
        try {
            for (int i = 0; i < 20; i++) {
                turns.start(this::listener);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 2 && turns.waiting() == 18);
            assertThat(turns.saturated()).isTrue();

            release.countDown();

            await().atMost(Duration.ofSeconds(10)).until(() -> finished.get() == 20);
            assertThat(mostAtOnce.get()).isEqualTo(2);
            assertThat(onAVirtualThread).isFalse();
            assertThat(turns.waiting()).isZero();
            assertThat(turns.saturated()).isFalse();
        } finally {
            turns.destroy();
        }
    }

    @Test
    void aCallerWaitsForRoomInTheBacklogForAsLongAsItsPatience() throws Exception {
        Turns turns = new Turns(1, 2);
        try (ExecutorService caller = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3; i++) {
                turns.start(this::listener);
            }
            await().atMost(Duration.ofSeconds(10)).until(turns::saturated);

            assertThat(turns.awaitRoom(Duration.ofMillis(50)))
                    .as("no room within the patience")
                    .isFalse();
            Future<Boolean> patient = caller.submit(() -> turns.awaitRoom(Duration.ofMinutes(1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> turns.waitingForRoom() == 1);

            release.countDown();

            assertThat(patient.get(10, TimeUnit.SECONDS))
                    .as("room once a listener left the queue")
                    .isTrue();
            assertThat(turns.awaitRoom(Duration.ZERO)).isTrue();
        } finally {
            release.countDown();
            turns.destroy();
        }
    }

    private void listener() {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        onAVirtualThread.compareAndSet(false, Thread.currentThread().isVirtual());
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
            finished.incrementAndGet();
        }
    }
}
