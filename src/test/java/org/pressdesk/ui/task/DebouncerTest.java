package org.pressdesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();
    private final Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(1500), Duration.ofSeconds(3),
            runs::incrementAndGet);

    @Test
    void runsOnceAfterTheTypingPauses() {
        debouncer.trigger();
        scheduler.advance(Duration.ofMillis(1000));
        debouncer.trigger();
        scheduler.advance(Duration.ofMillis(1400));
        assertThat(runs).hasValue(0);
        scheduler.advance(Duration.ofMillis(100));
        assertThat(runs).hasValue(1);
    }

    @Test
    void steadyTypingStillRunsWithinTheMaximumWait() {
        for (int i = 0; i < 30; i++) {
            debouncer.trigger();
            scheduler.advance(Duration.ofMillis(200));
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void flushRunsThePendingActionAtOnceAndCancelForgetsIt() {
        debouncer.trigger();
        debouncer.flush();
        assertThat(runs).hasValue(1);
        debouncer.trigger();
        debouncer.cancel();
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(runs).hasValue(1);
        assertThat(debouncer.isPending()).isFalse();
    }
}
