package org.pressdesk.ui.task;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
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

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ThreadPoolExecutor executor;
    private final Duration grace;
    private final String name;

    public FxTaskRunner(String name) {
        this(name, GRACE);
    }

    FxTaskRunner(String name, Duration grace) {
        this.grace = grace;
        this.name = name;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
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
            Log.LOG.debug("Work handed to a closed runner is dropped");
        }
        return cancellation;
    }

    /**
     * Lets queued work finish (a last autosave, say) for a moment, then drops what has not started. The work under way
     * is never interrupted: it ends on its own (a daemon thread), because an interrupted thread that is reading the
     * search index closes the index's file for every window (decision 0066).
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                dropWaiting();
            }
        } catch (InterruptedException e) {
            dropWaiting();
            Thread.currentThread().interrupt();
        }
    }

    private void dropWaiting() {
        int dropped = executor.getQueue().size();
        executor.getQueue().clear();
        Log.LOG.info("Closing runner {}: {} piece(s) of work not started dropped, the one under way ends on its own",
                name, dropped);
    }
}
