package org.pressdesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * Many rows into one table through one prepared statement run as a JDBC batch, on the caller's transaction: jOOQ
 * renders the statement once (so names are written as on every other statement), and each row's values are set
 * directly, without the per-row query walk of jOOQ's own batches (a twentieth of an import's CPU). For bulk writers
 * only; values are plain JDBC types (strings, numbers, booleans, UUIDs, {@code LocalDate}, {@code OffsetDateTime}).
 */
final class JdbcBatch {
    private final DSLContext dsl;
    private final String sql;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();

    JdbcBatch(DSLContext dsl, Table<?> table, Field<?>... fields) {
        this.dsl = dsl;
        this.sql = dsl.render(dsl.insertInto(table, fields).values(Collections.nCopies(fields.length, null)));
        this.columns = fields.length;
    }

    /** Adds a row, its values in the order of the fields. */
    JdbcBatch add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(columns + " values expected, " + values.length + " given");
        }
        rows.add(values);
        return this;
    }

    /** Writes the rows added, in their order. */
    void execute() {
        if (rows.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessException("Batch insert failed", e);
            }
        });
        rows.clear();
    }
}
