package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APP_SETTING;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_CHANGE;

import java.time.Instant;
import java.util.Optional;

/**
 * Deletes the old rows of the change sequence (V16, V21), one desktop at a time: the pruning takes its turn by
 * locking an {@code app_setting} row, which also says when the sequence was last pruned. Numbers are never reused,
 * so an index whose mark lies below the oldest row kept knows that it may have missed changes
 * ({@link SearchFeedRepository#oldestChange}).
 */
public final class ChangeLogPruning {
    static final String TURN = "change.sequence.pruned";

    private final Database database;

    public ChangeLogPruning(Database database) {
        this.database = database;
    }

    /**
     * Takes the pruning's turn until the caller's transaction ends (another desktop pruning now is waited for) and
     * says when the sequence was last pruned. Call it inside a transaction.
     */
    public Optional<Instant> takeTurn() {
        // the first pruning puts the row there; a desktop that meets another's insert finds it there
        database.attempt(() -> database.dsl().insertInto(APP_SETTING)
                .columns(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(TURN, "")
                .onDuplicateKeyIgnore().execute());
        String last = database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(TURN)).forUpdate().fetchOne(APP_SETTING.SETTING_VALUE);
        return last == null || last.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(last));
    }

    /**
     * Deletes the rows written before {@code cutoff}, except the {@code keepNewest} newest numbers' rows; returns
     * how many rows went. Inside the caller's transaction, after {@link #takeTurn}.
     */
    public int deleteOlderThan(Instant cutoff, int keepNewest) {
        Long keepFrom = database.dsl().selectDistinct(COMMUNIQUE_CHANGE.CHANGE_SEQ).from(COMMUNIQUE_CHANGE)
                .orderBy(COMMUNIQUE_CHANGE.CHANGE_SEQ.desc()).offset(Math.max(0, keepNewest - 1)).limit(1)
                .fetchOne(COMMUNIQUE_CHANGE.CHANGE_SEQ);
        if (keepFrom == null) {
            return 0;
        }
        return database.dsl().deleteFrom(COMMUNIQUE_CHANGE).where(COMMUNIQUE_CHANGE.CHANGE_SEQ.lt(keepFrom))
                .and(COMMUNIQUE_CHANGE.CHANGED_AT.lt(Times.utc(cutoff))).execute();
    }

    /** Notes when the sequence was pruned; inside the transaction that took the turn. */
    public void markPruned(Instant at) {
        database.dsl().update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, at.toString())
                .where(APP_SETTING.SETTING_KEY.eq(TURN)).execute();
    }
}
