package org.pressdesk.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands the outcome back to it. The window uses one backed by an
 * executor; view-model tests use {@link #sameThread()}.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
