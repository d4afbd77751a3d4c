package org.pressdesk.store;

import static org.pressdesk.store.jooq.Sequences.COMMUNIQUE_CHANGE_SEQ;
import static org.pressdesk.store.jooq.Tables.COMMUNIQUE_CHANGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.pressdesk.domain.CommuniqueChange;

/**
 * The database's change sequence (V16): a transaction that changed communiqués takes one number just before it
 * commits and writes a row for each of them; readers ask what came after the number they have applied.
 */
final class ChangeLog {
    private static final int ROWS_PER_STATEMENT = 1_000;

    private ChangeLog() {
    }

    /**
     * On the shared server: the number and every row in one statement, one round trip at the end of each save instead
     * of two (decision 0056).
     */
    private static final String RECORD_ON_SERVER = """
            with number as (select nextval('communique_change_seq') as seq)
            insert into communique_change (change_seq, communique_id)
            select number.seq, changed.id from number, unnest({0}) as changed(id)
            returning change_seq""";

    /** Writes the change rows of {@code communiqueIds} under one new number, in the caller's transaction. */
    static long record(DSLContext dsl, Collection<Long> communiqueIds) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES && communiqueIds.size() <= ROWS_PER_STATEMENT) {
            Long[] ids = new TreeSet<>(communiqueIds).toArray(Long[]::new);
            return dsl.resultQuery(RECORD_ON_SERVER, DSL.val(ids, SQLDataType.BIGINT.getArrayDataType()))
                    .fetchAny(0, Long.class);
        }
        long number = dsl.nextval(COMMUNIQUE_CHANGE_SEQ);
        List<Long> ids = new ArrayList<>(new TreeSet<>(communiqueIds));
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            var insert = dsl.insertInto(COMMUNIQUE_CHANGE, COMMUNIQUE_CHANGE.CHANGE_SEQ,
                    COMMUNIQUE_CHANGE.COMMUNIQUE_ID);
            for (long id : ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(number, id);
            }
            insert.execute();
        }
        return number;
    }

    /** The changes numbered above {@code after}, in number order. */
    static List<CommuniqueChange> after(DSLContext dsl, long after) {
        return dsl.select(COMMUNIQUE_CHANGE.CHANGE_SEQ, COMMUNIQUE_CHANGE.COMMUNIQUE_ID).from(COMMUNIQUE_CHANGE)
                .where(COMMUNIQUE_CHANGE.CHANGE_SEQ.gt(after))
                .orderBy(COMMUNIQUE_CHANGE.CHANGE_SEQ, COMMUNIQUE_CHANGE.COMMUNIQUE_ID)
                .fetch(r -> new CommuniqueChange(r.value1(), r.value2()));
    }

    /** The highest number committed so far (0 when nothing was recorded). */
    static long latest(DSLContext dsl) {
        Long latest = dsl.select(org.jooq.impl.DSL.max(COMMUNIQUE_CHANGE.CHANGE_SEQ)).from(COMMUNIQUE_CHANGE)
                .fetchOne(0, Long.class);
        return latest == null ? 0 : latest;
    }
}
