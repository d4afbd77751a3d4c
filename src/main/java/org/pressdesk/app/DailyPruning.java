package org.pressdesk.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the change sequence's upkeep, on a background thread of its own, whether its daily pruning is due: every
 * {@link #EVERY} while the program runs, so that a desktop left open for days still prunes once a day. The upkeep
 * itself decides: one desktop at a time, once a day for the whole office ({@link ChangeLogUpkeep}); a failure waits
 * for the next turn.
 */
public final class DailyPruning implements AutoCloseable {
    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(DailyPruning.class);

    private final IntSupplier prune;
    private final Duration every;
    private ScheduledExecutorService timer;

    public DailyPruning(ChangeLogUpkeep upkeep) {
        this(upkeep::pruneIfDue, EVERY);
    }

    /** Runs {@code prune} every {@code every} once started (tests give a shorter period and their own policy). */
    DailyPruning(IntSupplier prune, Duration every) {
        this.prune = prune;
        this.every = every;
    }

    /** Starts asking, the first time one period from now (the start already asked); a second call does nothing. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "change-log-pruning");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::pruneIfDue, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pruneIfDue() {
        try {
            prune.getAsInt();
        } catch (RuntimeException e) {
            LOG.warn("Pruning the change sequence failed; the next turn tries again", e);
        }
    }

    /** Stops asking; a pruning under way finishes its transaction first (at most a few seconds). */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
