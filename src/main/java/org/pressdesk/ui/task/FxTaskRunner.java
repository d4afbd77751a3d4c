package org.pressdesk.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one background thread, in the order given, and delivers results on the JavaFX thread. One runner per
 * concern (saving, preview rendering, list loading) keeps a slow render from delaying a save.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    /** Made on first use: starting the logging framework is not on the path to the first window. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    }

    private final ExecutorService executor;

    public FxTaskRunner(String name) {
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pressdesk-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(task(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // The window is closing: work asked for now (suggestions, a preview) has nobody left to show it to.
            Log.LOG.info("Work handed to a closed runner is dropped");
        }
    }

    private static <T> Runnable task(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return () -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Log.LOG.debug("Background work failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        };
    }

    /** Lets queued work finish (a last autosave, say) for a moment, then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
