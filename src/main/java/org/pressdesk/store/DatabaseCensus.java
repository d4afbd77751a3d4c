package org.pressdesk.store;

import java.util.Map;
import java.util.TreeMap;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What a database holds, in a form two copies can be compared by: the row count of every table and the head of the
 * audit chain (which covers every audit entry). A converted or restored copy is accepted only when its census
 * equals the original's.
 */
public record DatabaseCensus(Map<String, Long> rows, String auditHead) {
    /** The setting that holds the audit chain's head (written by audit.AuditTrail). */
    private static final String AUDIT_HEAD_SETTING = "audit.head";

    public static DatabaseCensus of(Database database) {
        Map<String, Long> rows = new TreeMap<>();
        for (Record table : database.dsl().resultQuery("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'").fetch()) {
            String name = table.get(0, String.class);
            rows.put(name.toLowerCase(java.util.Locale.ROOT),
                    database.dsl().fetchCount(DSL.table(DSL.quotedName(name))) + 0L);
        }
        String head = new SettingsRepository(database).get(AUDIT_HEAD_SETTING).orElse("");
        return new DatabaseCensus(rows, head);
    }
}
