package org.pressdesk.ui.task;

import java.util.function.Consumer;
import org.pressdesk.ui.task.BackgroundTask.Progress;

/**
 * What the window does with a {@link BackgroundTask}'s outcome, always on the JavaFX thread: exactly one of
 * {@link #succeeded}, {@link #failed} or {@link #cancelled}, after any number of {@link #progressed} calls.
 * A failure has already been logged by the runner when it arrives here; the listener only tells the user.
 */
public interface TaskListener<T> {

    void succeeded(T result);

    void failed(Throwable failure);

    /** How far the work has gone ({@link Progress#fraction} turns it into what a progress bar shows). */
    default void progressed(long done, long total) {
    }

    /** The work stopped because it was cancelled; by default nothing more is said. */
    default void cancelled() {
    }

    static <T> TaskListener<T> of(Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return new Callbacks<>(onSuccess, onFailure, Progress.IGNORED, () -> { });
    }

    /** The same listener, also following the progress. */
    default TaskListener<T> withProgress(Progress onProgress) {
        return new Callbacks<>(this::succeeded, this::failed, onProgress, this::cancelled);
    }

    /** The same listener, told when the work stopped on a cancel. */
    default TaskListener<T> whenCancelled(Runnable onCancelled) {
        return new Callbacks<>(this::succeeded, this::failed, this::progressed, onCancelled);
    }

    /** The listener built from functions. */
    record Callbacks<T>(Consumer<T> onSuccess, Consumer<Throwable> onFailure, Progress onProgress,
            Runnable onCancelled) implements TaskListener<T> {

        @Override
        public void succeeded(T result) {
            onSuccess.accept(result);
        }

        @Override
        public void failed(Throwable failure) {
            onFailure.accept(failure);
        }

        @Override
        public void progressed(long done, long total) {
            onProgress.update(done, total);
        }

        @Override
        public void cancelled() {
            onCancelled.run();
        }
    }
}
