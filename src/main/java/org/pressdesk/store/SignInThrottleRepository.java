package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.SIGN_IN_THROTTLE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

/** The counters of recent sign-in attempts, per hashed name and per hashed source, shared by every process. */
public final class SignInThrottleRepository {
    /** What is known of one key before an attempt. */
    public record Counter(int attempts, Instant lastAttemptAt) {
        public static final Counter NONE = new Counter(0, null);
    }

    private final Database database;

    public SignInThrottleRepository(Database database) {
        this.database = database;
    }

    /**
     * Makes sure {@code key} has a row to lock. Call it outside a transaction: two processes may insert the same key
     * at once, and the loser's failed statement must not spoil a transaction (it would on PostgreSQL).
     */
    public void ensure(String key, Instant at) {
        try {
            database.dsl().insertInto(SIGN_IN_THROTTLE)
                    .columns(SIGN_IN_THROTTLE.THROTTLE_KEY, SIGN_IN_THROTTLE.ATTEMPTS,
                            SIGN_IN_THROTTLE.LAST_ATTEMPT_AT)
                    .values(key, 0, Times.utc(at))
                    .onDuplicateKeyIgnore()
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            // Another attempt inserted it first (H2's emulation of the ignore can still meet it): the row is there,
            // which is all we need.
        }
    }

    /**
     * Counts one more attempt for {@code key} at {@code at} and returns the counter as it was before. Locks the row
     * (made by {@link #ensure}), so that parallel attempts (other threads, other processes) see each other's counts.
     */
    public Counter countAttempt(String key, Instant at) {
        Record row = lock(key);
        if (row == null) {
            // Another process's successful sign-in cleared the row since ensure(), and it may be putting one back
            // right now: insert without failing on its row, then lock whichever row is there.
            ensure(key, at);
            row = lock(key);
            if (row == null) {
                return Counter.NONE;
            }
        }
        int attempts = row.get(SIGN_IN_THROTTLE.ATTEMPTS);
        Counter before = attempts == 0 ? Counter.NONE
                : new Counter(attempts, Times.instant(row.get(SIGN_IN_THROTTLE.LAST_ATTEMPT_AT)));
        database.dsl().update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.ATTEMPTS, attempts + 1)
                .set(SIGN_IN_THROTTLE.LAST_ATTEMPT_AT, Times.utc(at))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key))
                .execute();
        return before;
    }

    private Record lock(String key) {
        return database.dsl().select(SIGN_IN_THROTTLE.ATTEMPTS, SIGN_IN_THROTTLE.LAST_ATTEMPT_AT)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key))
                .forUpdate()
                .fetchOne();
    }

    public Optional<Counter> find(String key) {
        return database.dsl().select(SIGN_IN_THROTTLE.ATTEMPTS, SIGN_IN_THROTTLE.LAST_ATTEMPT_AT)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key))
                .fetchOptional()
                .map(r -> new Counter(r.get(SIGN_IN_THROTTLE.ATTEMPTS),
                        Times.instant(r.get(SIGN_IN_THROTTLE.LAST_ATTEMPT_AT))));
    }

    /** Forgets {@code key}: its owner proved who they are. */
    public void clear(String key) {
        database.dsl().deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key)).execute();
    }

    /** Forgets every key last tried before {@code before}; returns how many. */
    public int pruneBefore(Instant before) {
        return database.dsl().deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.LAST_ATTEMPT_AT.lt(Times.utc(before)))
                .execute();
    }

    public int size() {
        return database.dsl().fetchCount(SIGN_IN_THROTTLE);
    }
}
