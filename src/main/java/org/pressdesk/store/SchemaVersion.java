package org.pressdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A quick look at the schema's version before starting Flyway: when the newest migration is already applied, the
 * program skips Flyway's scan and validation, which cost a good part of a second at every start.
 * {@link #LATEST} must name the newest script in db/migration (a test checks it).
 */
final class SchemaVersion {
    /** The version of the newest migration script, V{LATEST}__…sql. */
    static final int LATEST = 8;

    private SchemaVersion() {
    }

    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet latest = statement.executeQuery("select max(cast(\"version\" as integer)) "
                        + "from \"flyway_schema_history\" where \"success\" = true")) {
            return latest.next() && latest.getInt(1) == LATEST;
        } catch (SQLException e) {
            return false;
        }
    }
}
