package org.pressdesk.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.pressdesk.domain.Cancellation;
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
    public <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener) {
        Cancellation cancellation = new Cancellation();
        try {
            executor.execute(new TaskExecution<>(task, listener, cancellation, Platform::runLater));
        } catch (RejectedExecutionException e) {
            // The window is closing: work asked for now (suggestions, a preview) has nobody left to show it to.
            Log.LOG.info("Work handed to a closed runner is dropped");
        }
        return cancellation;
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
