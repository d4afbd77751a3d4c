package org.pressdesk.ui.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Timers for debouncing, delivered on the JavaFX thread. */
public final class FxScheduler implements Scheduler, AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pressdesk-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock = Clock.systemUTC();

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(action), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
