package org.pressdesk.ui.backup;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pressdesk.app.BackupSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the window's scheduled backups on their own thread: the daily one after sign-in (when due) and one at
 * sign-out, which the closing program waits for only a bounded time. A failure (folder missing, stick full) goes to
 * the log at WARN; the status bar's reminder tells the user once the last good backup is a week old.
 */
public final class ScheduledBackups implements AutoCloseable {
    /** How long closing the window waits for its backup. */
    public static final Duration SIGN_OUT_BOUND = Duration.ofSeconds(20);

    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pressdesk-scheduled-backup");
        thread.setDaemon(true);
        return thread;
    });

    /** After sign-in: the daily backup, in the background, when the last good one is over a day old. */
    public void daily(BackupSchedule schedule) {
        submit(schedule::dailyIfDue, "daily");
    }

    /** At sign-out: a backup, waited for at most {@code bound}; an unfinished one is never marked good. */
    public void atSignOut(BackupSchedule schedule, Duration bound) {
        Future<?> running = submit(schedule::atSignOut, "sign-out");
        if (running == null) {
            return;
        }
        try {
            running.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Log.LOG.warn("The sign-out backup did not finish within {} s; it is left unfinished", bound.toSeconds());
        } catch (ExecutionException e) {
            // Already logged by the task.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Future<?> submit(Runnable backup, String which) {
        try {
            return executor.submit(() -> {
                try {
                    backup.run();
                } catch (RuntimeException e) {
                    Log.LOG.warn("The {} backup failed", which, e);
                    throw e;
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return null;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
