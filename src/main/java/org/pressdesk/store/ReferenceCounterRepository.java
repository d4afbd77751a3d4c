package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.OFFICE;
import static org.pressdesk.store.jooq.Tables.REFERENCE_COUNTER;

import org.jooq.SQLDialect;

/**
 * The reference numbers each office has given, per year. Taking a number first locks the office's row until the
 * caller's transaction ends, so approvals of one office take turns (even for the first number of a year, when the
 * counter row does not exist yet) while other offices are not held up: two approvals never get the same number,
 * and a number is never given twice. On PostgreSQL the lock is the weaker "no key update", which colleagues
 * creating communiqués of the office (a foreign key to its row) do not hold up.
 */
public final class ReferenceCounterRepository {
    private final Database database;

    public ReferenceCounterRepository(Database database) {
        this.database = database;
    }

    /** The next number of the office in that year, from 1; call it inside the transaction that uses it. */
    public int next(long officeId, int year) {
        var dsl = database.dsl();
        var office = dsl.select(OFFICE.ID).from(OFFICE).where(OFFICE.ID.eq(officeId));
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            // not "for update": that would wait for every colleague creating a communiqué of the office (its
            // foreign key holds a key-share lock on the office's row until the commit), and under a steady stream
            // of creations it waited until the stream stopped; "for no key update" still makes approvals take turns
            office.forNoKeyUpdate().fetch();
        } else {
            office.forUpdate().fetch();
        }
        var row = REFERENCE_COUNTER.OFFICE_ID.eq(officeId).and(REFERENCE_COUNTER.ISSUE_YEAR.eq(year));
        Integer last = dsl.select(REFERENCE_COUNTER.LAST_NUMBER).from(REFERENCE_COUNTER).where(row)
                .fetchOne(REFERENCE_COUNTER.LAST_NUMBER);
        int next = last == null ? 1 : last + 1;
        if (last == null) {
            dsl.insertInto(REFERENCE_COUNTER).set(REFERENCE_COUNTER.OFFICE_ID, officeId)
                    .set(REFERENCE_COUNTER.ISSUE_YEAR, year).set(REFERENCE_COUNTER.LAST_NUMBER, next).execute();
        } else {
            dsl.update(REFERENCE_COUNTER).set(REFERENCE_COUNTER.LAST_NUMBER, next).where(row).execute();
        }
        return next;
    }
}
