package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.REVISION;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.pressdesk.domain.ContentHash;

/**
 * What a database holds, in a form two copies can be compared by: the row count of every table, the head of the
 * audit chain (which covers every audit entry) and, for every revision, a SHA-256 of all its stored columns
 * (title, body and the rest, not only the hash recorded at save), keyed by the revision's UUID. A converted or
 * restored copy is accepted only when its census equals the original's. Commit receipts are not counted.
 */
public record DatabaseCensus(Map<String, Long> rows, String auditHead, Map<String, String> revisionHashes) {
    /**
     * Tables left out of the count: commit receipts belong to the connections that wrote them (one row per open
     * database, gone at its close), not to the data, so a copy's count of them says nothing about the copy.
     */
    private static final Set<String> BOOKKEEPING = Set.of("commit_receipt");

    /** The setting that holds the audit chain's head (written by audit.AuditTrail). */
    private static final String AUDIT_HEAD_SETTING = "audit.head";

    /** Whether a census counts {@code table}'s rows (bookkeeping tables are left out). */
    public static boolean counts(String table) {
        return !BOOKKEEPING.contains(table.toLowerCase(java.util.Locale.ROOT));
    }

    public static DatabaseCensus of(Database database) {
        Map<String, Long> rows = new TreeMap<>();
        for (Record table : database.dsl().resultQuery("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'").fetch()) {
            String name = table.get(0, String.class);
            if (BOOKKEEPING.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            rows.put(name.toLowerCase(java.util.Locale.ROOT),
                    database.dsl().fetchCount(DSL.table(DSL.quotedName(name))) + 0L);
        }
        String head = new SettingsRepository(database).get(AUDIT_HEAD_SETTING).orElse("");
        return new DatabaseCensus(rows, head, revisionHashes(database));
    }

    /** The UUIDs of the revisions whose content differs between the two copies, or that only one of them holds. */
    public Set<String> revisionsDifferingFrom(DatabaseCensus other) {
        Set<String> differing = new TreeSet<>();
        for (Map.Entry<String, String> entry : revisionHashes.entrySet()) {
            if (!entry.getValue().equals(other.revisionHashes.get(entry.getKey()))) {
                differing.add(entry.getKey());
            }
        }
        for (String uuid : other.revisionHashes.keySet()) {
            if (!revisionHashes.containsKey(uuid)) {
                differing.add(uuid);
            }
        }
        return differing;
    }

    /** Streams the revisions (bodies can be large) and keeps one hash per revision. */
    private static Map<String, String> revisionHashes(Database database) {
        Map<String, String> hashes = new TreeMap<>();
        Field<?>[] columns = REVISION.fields();
        try (Cursor<? extends Record> cursor = database.dsl().select(columns).from(REVISION).orderBy(REVISION.ID)
                .fetchSize(200).fetchLazy()) {
            for (Record row : cursor) {
                StringBuilder canonical = new StringBuilder();
                for (Field<?> column : columns) {
                    Object value = row.get(column);
                    String text = value == null ? "\u0000" : value.toString();
                    canonical.append(column.getName()).append('=').append(text.length()).append(':').append(text)
                            .append('\n');
                }
                hashes.put(row.get(REVISION.UUID).toString(), ContentHash.sha256(canonical.toString()));
            }
        }
        return hashes;
    }
}
