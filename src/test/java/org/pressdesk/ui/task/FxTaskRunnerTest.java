package org.pressdesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
    @Test
    void workAskedForAfterCloseIsDroppedWithoutFailingTheCaller() {
        FxTaskRunner runner = new FxTaskRunner("closed");
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        assertThatCode(() -> runner.run(() -> ran.getAndSet(true), done -> { }, failed -> { }))
                .doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }

    /**
     * Closing waits a moment, then drops the work not started, and never interrupts the work under way: a thread
     * interrupted while it reads the search index closes the index's file for every window (decision 0066).
     */
    @Test
    void closingNeverInterruptsTheWorkUnderWayAndDropsTheWorkWaiting() throws Exception {
        FxTaskRunner runner = new FxTaskRunner("slow", java.time.Duration.ofMillis(50));
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean waitingRan = new AtomicBoolean();
        runner.run(() -> {
            started.countDown();
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(400);
            while (System.nanoTime() < until) {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted.set(true);
                }
                Thread.onSpinWait();
            }
            finished.countDown();
            return null;
        }, done -> { }, failed -> { });
        runner.run(() -> waitingRan.getAndSet(true), done -> { }, failed -> { });
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        runner.close();

        assertThat(finished.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the work under way ended").isTrue();
        Thread.sleep(100);
        assertThat(interrupted).as("interrupted").isFalse();
        assertThat(waitingRan).as("the work not started ran").isFalse();
    }
}
