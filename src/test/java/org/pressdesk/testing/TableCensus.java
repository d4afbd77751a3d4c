package org.pressdesk.testing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.store.Database;

/**
 * Every table of a database with its row count and a SHA-256 of all its rows, whatever their order: two censuses are
 * equal only when no row was added, removed or changed anywhere. A refused or failed operation must leave the census
 * as it found it. Commit receipts are left out (one per open connection, not data), as in store.DatabaseCensus.
 */
public record TableCensus(Map<String, Long> rows, Map<String, String> digests) {
    private static final Set<String> BOOKKEEPING = Set.of("commit_receipt");

    public static TableCensus of(Database database) {
        DSLContext dsl = database.dsl();
        Map<String, Long> rows = new TreeMap<>();
        Map<String, String> digests = new TreeMap<>();
        for (String table : tables(dsl)) {
            String name = table.toLowerCase(Locale.ROOT);
            if (BOOKKEEPING.contains(name)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (Record row : dsl.selectFrom(DSL.table(DSL.quotedName(table))).fetch()) {
                lines.add(ContentHash.sha256(line(row)));
            }
            Collections.sort(lines);
            rows.put(name, (long) lines.size());
            digests.put(name, ContentHash.sha256(String.join(",", lines)));
        }
        return new TableCensus(rows, digests);
    }

    /** The number of rows {@code table} (lower case) gained since {@code before}. */
    public long added(TableCensus before, String table) {
        return rows.getOrDefault(table, 0L) - before.rows.getOrDefault(table, 0L);
    }

    private static List<String> tables(DSLContext dsl) {
        return dsl.resultQuery("select table_name from information_schema.tables "
                + "where lower(table_schema) = 'public' and table_type = 'BASE TABLE'").fetch().getValues(0,
                        String.class);
    }

    /** One row's values, each with its length so that two different rows never read alike. */
    private static String line(Record row) {
        StringBuilder line = new StringBuilder();
        for (Object value : row.intoArray()) {
            String text = value == null ? "\u0000" : value instanceof byte[] bytes
                    ? Base64.getEncoder().encodeToString(bytes) : value.toString();
            line.append(text.length()).append(':').append(text).append('|');
        }
        return line.toString();
    }
}
