package org.pressdesk.i18n;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that failed inside the database, in the window or on the command line: the driver's and jOOQ's messages quote the whole statement (hundreds of
 * kilobytes for a big import, and the texts of communiqués), so neither the user (window or terminal) nor the log gets them; the log
 * gets the kinds of the exceptions, the SQL state and H2's error code, at WARN.
 */
final class DatabaseFailures {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);

    private DatabaseFailures() {
    }

    /** The first SQL exception among the causes, or null. */
    static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** What the user is told: the SQL state and the vendor's code, which the log and the documentation explain. */
    static String code(SQLException sql) {
        return sql.getSQLState() + "/" + sql.getErrorCode();
    }

    static void log(Throwable failure, SQLException sql) {
        StringBuilder kinds = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            kinds.append(kinds.length() == 0 ? "" : " < ").append(t.getClass().getName());
        }
        StackTraceElement where = failure.getStackTrace().length > 0 ? failure.getStackTrace()[0] : null;
        LOG.warn("Failed in the database: SQL state {}, error {} ({}), at {}, from {}", sql.getSQLState(),
                sql.getErrorCode(), kinds, where, ownCaller(sql));
    }

    /**
     * The first frame of PressDesk's own code under the driver's exception: the repository and line whose statement
     * failed, which the first frame (inside jOOQ or the driver) does not say. A place in the code, never data.
     */
    static StackTraceElement ownCaller(Throwable sql) {
        for (StackTraceElement frame : sql.getStackTrace()) {
            if (frame.getClassName().startsWith("org.pressdesk.")) {
                return frame;
            }
        }
        return null;
    }
}
