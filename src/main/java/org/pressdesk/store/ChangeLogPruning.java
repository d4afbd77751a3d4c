package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APP_SETTING;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_CHANGE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Deletes the old rows of the change sequence (V16, V21), one desktop at a time: the pruning takes its turn by an
 * advisory lock on the shared server, by locking an {@code app_setting} row on the embedded database; that row says
 * when the sequence was last pruned, and another row the highest number it deleted: an index whose mark lies below
 * that number knows that it may have missed changes ({@link SearchFeedRepository#prunedThrough}). The oldest row
 * kept cannot say it: on a database never pruned, the first number taken may commit after the second, and is then
 * on its way, not gone.
 */
public final class ChangeLogPruning {
    static final String TURN = "change.sequence.pruned";
    /** The highest number the pruning deleted (V30 puts it there; each pruning that deletes raises it). */
    static final String THROUGH = "change.sequence.pruned.through";
    /**
     * The pruning's advisory lock on the shared server (one number in the server's keyspace, used by nothing else in
     * PressDesk: decision 0056).
     */
    static final long ADVISORY_KEY = 0x5072_6573_7344_6b31L;

    /** The pruning's turn: whether this desktop holds it, and when the sequence was last pruned. */
    public record Turn(boolean held, Optional<Instant> lastPruned) {
        static final Turn ELSEWHERE = new Turn(false, Optional.empty());
    }

    private final Database database;
    private final SettingsRepository settings;

    public ChangeLogPruning(Database database) {
        this.database = database;
        this.settings = new SettingsRepository(database);
    }

    /**
     * Takes the pruning's turn until the caller's transaction ends and says when the sequence was last pruned; not held
     * when another desktop holds it now. On the shared server the turn is a transaction-level advisory lock,
     * tried without waiting: a desktop that finds a colleague pruning leaves it to them, and no row lock is held for
     * the pruning's length. On the embedded database the turn is the row's lock (other processes on the same file
     * wait for it, briefly). Call it inside a transaction.
     */
    public Turn takeTurn() {
        boolean onServer = database.dsl().dialect().family() == SQLDialect.POSTGRES;
        // on the server the lock first: the row's insert below would wait for a colleague's uncommitted one
        if (onServer && !Boolean.TRUE.equals(database.dsl().fetchValue(
                DSL.field("pg_try_advisory_xact_lock({0})", Boolean.class, DSL.val(ADVISORY_KEY))))) {
            return Turn.ELSEWHERE;
        }
        // the first pruning puts the row there; a desktop that meets another's insert finds it there
        database.attempt(() -> database.dsl().insertInto(APP_SETTING)
                .columns(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(TURN, "")
                .onDuplicateKeyIgnore().execute());
        var last = database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(TURN));
        // on the server read after the lock (a fresh snapshot); on the embedded database the row's lock is the turn
        String value = onServer ? last.fetchOne(APP_SETTING.SETTING_VALUE)
                : last.forUpdate().fetchOne(APP_SETTING.SETTING_VALUE);
        return new Turn(true, value == null || value.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(value)));
    }

    /**
     * Deletes the rows written before {@code cutoff}, except the {@code keepNewest} newest numbers' rows, and records
     * the highest number deleted; returns how many rows went. Inside the caller's transaction, after
     * {@link #takeTurn}.
     */
    public int deleteOlderThan(Instant cutoff, int keepNewest) {
        Long keepFrom = database.dsl().selectDistinct(COMMUNIQUE_CHANGE.CHANGE_SEQ).from(COMMUNIQUE_CHANGE)
                .orderBy(COMMUNIQUE_CHANGE.CHANGE_SEQ.desc()).offset(Math.max(0, keepNewest - 1)).limit(1)
                .fetchOne(COMMUNIQUE_CHANGE.CHANGE_SEQ);
        if (keepFrom == null) {
            return 0;
        }
        var old = COMMUNIQUE_CHANGE.CHANGE_SEQ.lt(keepFrom).and(COMMUNIQUE_CHANGE.CHANGED_AT.lt(Times.utc(cutoff)));
        Long highest = database.dsl().select(DSL.max(COMMUNIQUE_CHANGE.CHANGE_SEQ)).from(COMMUNIQUE_CHANGE)
                .where(old).fetchOne(0, Long.class);
        if (highest == null) {
            return 0;
        }
        if (highest > prunedThrough(settings)) {
            settings.put(THROUGH, Long.toString(highest));
        }
        return database.dsl().deleteFrom(COMMUNIQUE_CHANGE).where(old).execute();
    }

    /** The highest number the pruning deleted, 0 when it never deleted any (V30 set it for earlier prunings). */
    static long prunedThrough(SettingsRepository settings) {
        return settings.get(THROUGH).map(Long::parseLong).orElse(0L);
    }

    /** Notes when the sequence was pruned; inside the transaction that took the turn. */
    public void markPruned(Instant at) {
        database.dsl().update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, at.toString())
                .where(APP_SETTING.SETTING_KEY.eq(TURN)).execute();
    }
}
