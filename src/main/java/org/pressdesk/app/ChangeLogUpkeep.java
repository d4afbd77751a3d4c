package org.pressdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pressdesk.store.ChangeLogPruning;
import org.pressdesk.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the change sequence from growing forever: once a day (asked at each start, then every hour while the
 * program runs: {@link DailyPruning}), one desktop at a time deletes
 * its rows older than {@link #KEEP}, always keeping the {@link #KEEP_NEWEST} newest numbers. A desktop whose index
 * was away longer than that checks its index against the database instead of catching up (search.SearchService).
 */
public final class ChangeLogUpkeep {
    static final Duration KEEP = Duration.ofDays(30);
    static final int KEEP_NEWEST = 10_000;
    static final Duration EVERY = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(ChangeLogUpkeep.class);

    private final Database database;
    private final ChangeLogPruning rows;
    private final Clock clock;

    public ChangeLogUpkeep(Database database, ChangeLogPruning rows, Clock clock) {
        this.database = database;
        this.rows = rows;
        this.clock = clock;
    }

    /** Prunes the sequence if no desktop did in the last day; returns how many rows went. */
    public int pruneIfDue() {
        return prune(KEEP, KEEP_NEWEST, EVERY);
    }

    /** Prunes by the given policy: rows older than {@code keep}, past the {@code keepNewest} newest numbers. */
    public int prune(Duration keep, int keepNewest, Duration every) {
        Instant now = clock.instant();
        int deleted = database.inTransaction(() -> {
            ChangeLogPruning.Turn turn = rows.takeTurn();
            if (!turn.held()) {
                return 0; // a colleague's desktop is pruning now
            }
            Optional<Instant> last = turn.lastPruned();
            if (last.isPresent() && last.get().isAfter(now.minus(every))) {
                return 0;
            }
            int gone = rows.deleteOlderThan(now.minus(keep), keepNewest);
            rows.markPruned(now);
            return gone;
        });
        if (deleted > 0) {
            LOG.info("Pruned {} row(s) of the change sequence older than {}", deleted, keep);
        }
        return deleted;
    }
}
