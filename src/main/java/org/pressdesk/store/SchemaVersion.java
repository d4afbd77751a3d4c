package org.pressdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.pressdesk.domain.PressDeskException;

/**
 * A quick look at the schema's version before starting Flyway: when the newest migration is already applied, the
 * program skips Flyway's scan and validation, which cost a good part of a second at every start. A schema newer than
 * this program (a colleague's newer PressDesk migrated the server) is refused before anything is written.
 * {@link #LATEST} must name the newest script in db/migration and db/vendor (a test checks it).
 */
final class SchemaVersion {
    /** The version of the newest migration script, V{LATEST}__…sql. */
    static final int LATEST = 30;

    private SchemaVersion() {
    }

    static boolean isCurrent(DataSource dataSource) {
        return applied(dataSource) == LATEST;
    }

    /** The newest applied migration, or 0 for an empty database. */
    static int applied(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet latest = statement.executeQuery("select max(cast(\"version\" as integer)) "
                        + "from \"flyway_schema_history\" where \"success\" = true")) {
            return latest.next() ? latest.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    static void refuseNewer(DataSource dataSource, String location) {
        int applied = applied(dataSource);
        if (applied > LATEST) {
            throw new PressDeskException("database.newerSchema", location, applied, LATEST);
        }
    }

    /** For the everyday role, which may not migrate: the schema must be exactly this program's. */
    static void requireCurrent(DataSource dataSource, String location) {
        refuseNewer(dataSource, location);
        int applied = applied(dataSource);
        if (applied < LATEST) {
            throw new PressDeskException("server.needsMigration", location, applied, LATEST);
        }
    }
}
