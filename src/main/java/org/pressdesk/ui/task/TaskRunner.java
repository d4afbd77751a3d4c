package org.pressdesk.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.pressdesk.domain.Cancellation;

/**
 * Runs {@link BackgroundTask}s away from the JavaFX thread and hands their progress and outcome back to it. The
 * window uses one backed by an executor; view-model tests use {@link #sameThread()}. Every runner logs an unexpected
 * failure once, at WARN ({@code Failures}), before the listener tells the user ({@code Failures.describe}).
 */
public interface TaskRunner {

    /**
     * Starts {@code task}; the returned token cancels it (the task sees it, and passes it on to the service). Work
     * that stops with a failure after a cancel reaches {@link TaskListener#cancelled()}, not the failure handler.
     */
    <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener);

    /** Short work with no progress and no cancel: a load, a save. */
    default <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit((progress, cancellation) -> work.call(), TaskListener.of(onSuccess, onFailure));
    }

    /**
     * Runs each task on {@code executor} and tells its listener on that same thread: start-up work, which runs
     * before the toolkit does and hands its outcome to whichever thread waits for it.
     */
    static TaskRunner on(Executor executor) {
        return new TaskRunner() {
            @Override
            public <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener) {
                Cancellation cancellation = new Cancellation();
                executor.execute(new TaskExecution<>(task, listener, cancellation, Runnable::run));
                return cancellation;
            }
        };
    }

    /** Runs everything at once on the calling thread. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener) {
                Cancellation cancellation = new Cancellation();
                runHere(task, listener, cancellation);
                return cancellation;
            }
        };
    }

    /** Runs {@code task} now on the calling thread under {@code cancellation}: for runners that hold work a while. */
    static <T> void runHere(BackgroundTask<T> task, TaskListener<T> listener, Cancellation cancellation) {
        new TaskExecution<>(task, listener, cancellation, Runnable::run).run();
    }
}
