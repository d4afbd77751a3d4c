package org.pressdesk.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.pressdesk.domain.CopiedTable;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.store.jooq.DefaultSchema;
import org.pressdesk.store.jooq.Tables;

/**
 * Copies every row of an office's database (H2) into an empty server database, ids kept, in one transaction, then
 * compares both sides table by table: row counts and a SHA-256 of every row's values in key order. A reference
 * that points forward (a communiqué's current revision, written before the revisions) is filled in afterwards.
 */
public final class ServerCopy {
    private static final int CHUNK = 500;

    private final Database source;
    private final Database target;

    public ServerCopy(Database source, Database target) {
        this.source = source;
        this.target = target;
    }

    /** Copies everything; refused when the target holds any account or communiqué. Returns the rows copied. */
    public int copy() {
        if (target.dsl().fetchCount(Tables.USER_ACCOUNT) > 0 || target.dsl().fetchCount(Tables.COMMUNIQUE) > 0
                || target.dsl().fetchCount(Tables.OFFICE) > 0) {
            throw new PressDeskException("server.copyTargetNotEmpty", target.location());
        }
        return target.inTransaction(() -> {
            target.dsl().deleteFrom(Tables.APP_SETTING).execute();
            int rows = 0;
            Set<Table<?>> done = new LinkedHashSet<>();
            Map<Table<?>, List<Field<?>>> forwards = new LinkedHashMap<>();
            for (Table<?> table : ordered()) {
                List<Field<?>> forward = forwardReferences(table, done);
                rows += copyTable(table, forward);
                forwards.put(table, forward);
                done.add(table);
            }
            forwards.forEach((table, forward) -> {
                if (!forward.isEmpty()) {
                    fillForward(table, forward);
                }
            });
            for (Table<?> table : done) {
                restartIdentity(table);
            }
            // the change sequence (V16) goes on after the copied numbers, or the desktops' indexes would skip changes
            target.dsl().execute("select setval('communique_change_seq', coalesce((select max(change_seq) from "
                    + "communique_change), 0) + 1, false)");
            return rows;
        });
    }

    /** Compares each table on both sides. */
    public List<CopiedTable> verify() {
        List<CopiedTable> checks = new ArrayList<>();
        for (Table<?> table : ordered()) {
            checks.add(new CopiedTable(table.getName(), source.dsl().fetchCount(table), target.dsl().fetchCount(table),
                    digest(source.dsl(), table), digest(target.dsl(), table)));
        }
        return checks;
    }

    /** Tables so that each comes after those it refers to, except for references that form a cycle. */
    static List<Table<?>> ordered() {
        Map<Table<?>, Set<Table<?>>> needs = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Set<Table<?>> referenced = new LinkedHashSet<>();
            for (ForeignKey<?, ?> key : table.getReferences()) {
                if (!key.getKey().getTable().equals(table)) {
                    referenced.add(key.getKey().getTable());
                }
            }
            needs.put(table, referenced);
        }
        List<Table<?>> order = new ArrayList<>();
        while (order.size() < needs.size()) {
            Table<?> next = needs.keySet().stream().filter(t -> !order.contains(t))
                    .filter(t -> order.containsAll(needs.get(t))).findFirst()
                    .orElseGet(() -> leastBlocked(needs, order));
            order.add(next);
        }
        return order;
    }

    private static Table<?> leastBlocked(Map<Table<?>, Set<Table<?>>> needs, List<Table<?>> order) {
        Table<?> best = null;
        long fewest = Long.MAX_VALUE;
        for (var entry : needs.entrySet()) {
            if (!order.contains(entry.getKey())) {
                long missing = entry.getValue().stream().filter(t -> !order.contains(t)).count();
                if (missing < fewest) {
                    fewest = missing;
                    best = entry.getKey();
                }
            }
        }
        return best;
    }

    /** The columns of {@code table} that refer to a table not copied yet: written empty, filled in at the end. */
    private static List<Field<?>> forwardReferences(Table<?> table, Set<Table<?>> done) {
        List<Field<?>> forward = new ArrayList<>();
        for (ForeignKey<?, ?> key : table.getReferences()) {
            Table<?> referenced = key.getKey().getTable();
            if (!referenced.equals(table) && !done.contains(referenced)) {
                forward.addAll(key.getFields());
            }
        }
        return forward;
    }

    private int copyTable(Table<?> table, List<Field<?>> forward) {
        Field<?>[] fields = table.fields();
        int rows = 0;
        List<Record> pending = new ArrayList<>();
        try (Cursor<? extends Record> cursor = source.dsl().selectFrom(table).orderBy(keyOrder(table)).fetchLazy()) {
            for (Record record : cursor) {
                pending.add(record);
                if (pending.size() == CHUNK) {
                    rows += insert(table, fields, forward, pending);
                }
            }
        }
        rows += insert(table, fields, forward, pending);
        return rows;
    }

    private int insert(Table<?> table, Field<?>[] fields, List<Field<?>> forward, List<Record> records) {
        if (records.isEmpty()) {
            return 0;
        }
        var insert = target.dsl().insertInto(table).columns(fields);
        for (Record record : records) {
            List<Object> values = new ArrayList<>();
            for (Field<?> field : fields) {
                values.add(forward.contains(field) ? null : record.get(field));
            }
            insert = insert.values(values);
        }
        int rows = insert.execute();
        records.clear();
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fillForward(Table<?> table, List<Field<?>> forward) {
        List<Field<?>> key = new ArrayList<>(table.getPrimaryKey().getFields());
        List<Field<?>> read = new ArrayList<>(key);
        read.addAll(forward);
        for (Record record : source.dsl().select(read).from(table).fetch()) {
            var update = target.dsl().update(table).set((Field) forward.get(0), record.get(forward.get(0)));
            for (Field<?> field : forward.subList(1, forward.size())) {
                update = update.set((Field) field, record.get(field));
            }
            var condition = DSL.noCondition();
            for (Field<?> field : key) {
                condition = condition.and(((Field) field).eq(record.get(field)));
            }
            update.where(condition).execute();
        }
    }

    private void restartIdentity(Table<?> table) {
        Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
        if (identity != null) {
            target.dsl().execute("select setval(pg_get_serial_sequence('" + table.getName() + "', '"
                    + identity.getName() + "'), coalesce((select max(" + identity.getName() + ") from "
                    + table.getName() + "), 0) + 1, false)");
        }
    }

    private static List<SortField<?>> keyOrder(Table<?> table) {
        List<Field<?>> fields = table.getPrimaryKey() != null ? new ArrayList<>(table.getPrimaryKey().getFields())
                : List.of(table.fields());
        return fields.stream().<SortField<?>>map(Field::asc).toList();
    }

    private static String digest(DSLContext dsl, Table<?> table) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Cursor<? extends Record> cursor = dsl.selectFrom(table).orderBy(keyOrder(table)).fetchLazy()) {
                for (Record record : cursor) {
                    for (Field<?> field : table.fields()) {
                        sha.update(canonical(record.get(field)).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1f);
                    }
                    sha.update((byte) 0x1e);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same value read from H2 or PostgreSQL gives the same text: instants in UTC, bytes in hex. */
    private static String canonical(Object value) {
        if (value == null) {
            return "\u2400";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
