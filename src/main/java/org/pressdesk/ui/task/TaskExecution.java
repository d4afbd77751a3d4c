package org.pressdesk.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.i18n.Failures;

/**
 * One run of a {@link BackgroundTask}, whatever the thread: it calls the work, logs an unexpected failure (once, at
 * WARN, through {@link Failures}), and delivers progress and the outcome through {@code delivery} (the JavaFX thread
 * in the window). Progress reported faster than the window takes it is merged: only the latest value is shown.
 */
final class TaskExecution<T> implements Runnable {
    private final BackgroundTask<T> task;
    private final TaskListener<T> listener;
    private final Cancellation cancellation;
    private final Executor delivery;
    private final AtomicBoolean progressQueued = new AtomicBoolean();
    private volatile long[] latestProgress;

    TaskExecution(BackgroundTask<T> task, TaskListener<T> listener, Cancellation cancellation, Executor delivery) {
        this.task = task;
        this.listener = listener;
        this.cancellation = cancellation;
        this.delivery = delivery;
    }

    @Override
    public void run() {
        T result;
        try {
            result = task.run(this::progress, cancellation);
        } catch (Exception | Error failure) {
            if (cancellation.isCancelled()) {
                delivery.execute(listener::cancelled);
                return;
            }
            Failures.logIfUnexpected(failure);
            delivery.execute(() -> listener.failed(failure));
            return;
        }
        delivery.execute(() -> listener.succeeded(result));
    }

    private void progress(long done, long total) {
        latestProgress = new long[] {done, total};
        if (progressQueued.compareAndSet(false, true)) {
            delivery.execute(() -> {
                progressQueued.set(false);
                long[] latest = latestProgress;
                listener.progressed(latest[0], latest[1]);
            });
        }
    }
}
