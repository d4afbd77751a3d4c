package org.pressdesk.store;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.pressdesk.domain.CommuniqueChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the H2 file that several PressDesk processes share (the window and the command line, or two windows): once a
 * second, asks the change sequence (V16) what the other processes committed and tells this program's change
 * listeners, as {@link ServerChangeFeed} does for the server: the search index, the list and the open editor. It is
 * the embedded database's only poll. This program's own numbers are skipped. Each poll
 * reads again the last {@value #OVERLAP} numbers, so that a transaction that commits a little after one with a
 * higher number is still heard; a number is reported once.
 */
final class SharedFileChanges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedFileChanges.class);
    static final long PERIOD_MILLIS = 1_000;
    private static final int OVERLAP = 64;

    private final DSLContext dsl;
    private final RecentNumbers own;
    private final RecentNumbers told = new RecentNumbers(8_192);
    private final CommittedChanges changes;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shared-file-changes");
        thread.setDaemon(true);
        return thread;
    });
    private long highest;

    SharedFileChanges(DSLContext dsl, RecentNumbers own, CommittedChanges changes) {
        this.dsl = dsl;
        this.own = own;
        this.changes = changes;
    }

    /** Polls from {@code latestNumber} on: where the change sequence stood when the first listener came. */
    void start(long latestNumber) {
        highest = latestNumber;
        timer.scheduleWithFixedDelay(this::poll, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            Set<Long> ids = new LinkedHashSet<>();
            Set<Long> numbers = new HashSet<>();
            for (CommuniqueChange change : ChangeLog.after(dsl, Math.max(0, highest - OVERLAP))) {
                long number = change.sequence();
                highest = Math.max(highest, number);
                if (!own.contains(number) && !told.contains(number)) {
                    ids.add(change.communiqueId());
                    numbers.add(number);
                }
            }
            numbers.forEach(told::add);
            changes.heard(ids);
        } catch (RuntimeException e) {
            // the file busy or closing: the next poll asks again
            LOG.debug("Could not read the change sequence of the shared file", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
