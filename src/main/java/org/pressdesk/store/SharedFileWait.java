package org.pressdesk.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.h2.api.ErrorCode;
import org.pressdesk.domain.PressDeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a process waits for the other PressDesk processes sharing its H2 file, as SQLite's busy timeout does: while
 * another process opens the file, serves it (H2's automatic server) or hands the serving over as it exits, opening a
 * connection fails for a moment ("Lock file recently modified", "already in use", "Connection is broken"). Such a
 * passing failure is tried again with a growing pause, for at most the patience ({@value #PATIENCE_PROPERTY},
 * 30 s by default); after that the user is told, in words, that the folder stayed busy. A transaction that failed
 * before its commit is tried again; one that failed while committing is looked up by its receipt
 * ({@link CommitReceipts}): reported done if it reached the file, run again if not, never run twice.
 */
final class SharedFileWait {
    static final String PATIENCE_PROPERTY = "pressdesk.busyTimeoutSeconds";
    private static final Logger LOG = LoggerFactory.getLogger(SharedFileWait.class);
    private static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(30);
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 800;
    /** H2's failures that another process causes and that pass once it has finished opening, serving or leaving. */
    private static final Set<Integer> PASSING = Set.of(ErrorCode.DATABASE_ALREADY_OPEN_1,
            ErrorCode.CONNECTION_BROKEN_1, ErrorCode.ERROR_OPENING_DATABASE_1, ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
            ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONCURRENT_UPDATE_1);

    private final Duration patience;
    private final String location;

    SharedFileWait(Duration patience, String location) {
        this.patience = patience;
        this.location = location;
    }

    /** The patience set with {@value #PATIENCE_PROPERTY} (whole seconds), or 30 s. */
    static SharedFileWait configured(String location) {
        long seconds = Long.getLong(PATIENCE_PROPERTY, DEFAULT_PATIENCE.toSeconds());
        return new SharedFileWait(Duration.ofSeconds(Math.max(0, seconds)), location);
    }

    /** True when {@code failure} comes from another process's use of the file and may pass if tried again. */
    static boolean passes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && PASSING.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /** Work that may fail with a checked SQL failure (opening a connection). */
    interface Attempt<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code first}; when it fails because the file is changing hands, runs {@code again} (which takes a new
     * connection) until it succeeds or the patience is spent.
     */
    <T> T onceThenUntilFree(Attempt<T> first, Attempt<T> again) throws SQLException {
        try {
            return first.run();
        } catch (SQLException e) {
            if (!passes(e)) {
                throw e;
            }
            return untilFree(again);
        }
    }

    /** Runs {@code attempt}, again after each passing failure, until it succeeds or the patience is spent. */
    <T> T untilFree(Attempt<T> attempt) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (int tries = 0; ; tries++) {
            try {
                return attempt.run();
            } catch (SQLException | RuntimeException e) {
                if (!passes(e)) {
                    throw e;
                }
                pauseOrGiveUp(tries, deadline, e);
            }
        }
    }

    /**
     * Runs {@code transaction} (one try, given its {@link CommitAttempt}) again from the start after a passing failure
     * that came before its receipt was written. A try that broke after that point, while committing, may have reached
     * the file or not: {@code landed} (asked again while the file is busy) tells which. If it landed, its value is
     * returned as if nothing had happened; if not, it is run again, as any transaction that failed before its commit.
     * Only when the question cannot be answered within the patience is the user told the save may be lost.
     */
    <T> T transaction(java.util.function.Function<CommitAttempt, T> transaction,
            java.util.function.Predicate<CommitAttempt> landed) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (int tries = 0; ; tries++) {
            CommitAttempt attempt = new CommitAttempt();
            try {
                return transaction.apply(attempt);
            } catch (RuntimeException e) {
                if (!passes(e)) {
                    throw e;
                }
                if (attempt.isCommitting()) {
                    if (landed(attempt, landed, e)) {
                        LOG.info("The connection to {} broke while a transaction committed; its receipt shows it"
                                + " was written", location);
                        return attempt.value();
                    }
                    LOG.info("The connection to {} broke while a transaction committed; its receipt shows it was"
                            + " not written: it runs again", location);
                }
                pauseOrGiveUp(tries, deadline, e);
            }
        }
    }

    private boolean landed(CommitAttempt attempt, java.util.function.Predicate<CommitAttempt> landed,
            RuntimeException broken) {
        try {
            return untilFree(() -> landed.test(attempt));
        } catch (SQLException | RuntimeException e) {
            broken.addSuppressed(e);
            LOG.warn("The connection to {} broke while a transaction committed, and whether it was written cannot"
                    + " be told", location, broken);
            throw new PressDeskException(broken, "database.lostAtCommit", location);
        }
    }

    /**
     * What the user is told once the patience is spent: a program that holds the file without sharing it (not a
     * PressDesk, or one started without the automatic server) is named as such; anything else is a busy folder.
     */
    private PressDeskException gaveUp(Exception failure) {
        LOG.warn("{} stayed busy for {} s", location, patience.toSeconds(), failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new PressDeskException(failure, "database.inUse", location);
            }
        }
        return new PressDeskException(failure, "database.busy", location, patience.toSeconds());
    }

    private void pauseOrGiveUp(int tries, long deadline, Exception failure) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw gaveUp(failure);
        }
        long pause = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(tries, 6));
        pause = pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
        LOG.debug("{} busy ({}); trying again in {} ms", location, failure.getMessage(), pause);
        try {
            Thread.sleep(Math.min(pause, Duration.ofNanos(left).toMillis() + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw gaveUp(failure);
        }
    }
}
