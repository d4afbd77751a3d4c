package org.pressdesk.i18n;

import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.pressdesk.domain.PressDeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure in the user's words, one path for the window and the command line. A known failure
 * ({@link PressDeskException}) carries its own message key. A failure inside the database is told as one sentence
 * with the SQL state (its message quotes the statement, with the communiqués' texts: it reaches neither the user
 * nor the log, see {@link DatabaseFailures}). Anything else is a bug or an outside fault, so it goes to the log at
 * WARN (once, however many screens describe it) and the user sees its raw message, wrapped in a sentence of the
 * caller's choosing when one is given.
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private static final Map<Throwable, Boolean> LOGGED = Collections.synchronizedMap(new WeakHashMap<>());

    private Failures() {
    }

    /** The known failure's message, or the unexpected failure's own text. */
    public static String describe(Throwable failure, Messages messages) {
        if (failure instanceof PressDeskException known) {
            return messages.describe(known);
        }
        SQLException sql = DatabaseFailures.sqlCause(failure);
        if (sql != null) {
            return inDatabase(failure, sql, messages);
        }
        logOnce(failure);
        return String.valueOf(failure.getMessage());
    }

    /**
     * The known failure's message, or the sentence {@code unexpectedKey} with the unexpected failure's text as its
     * {0}, e.g. «&nbsp;L’enregistrement a échoué&nbsp;: {0}&nbsp;».
     */
    public static String describe(Throwable failure, Messages messages, String unexpectedKey) {
        if (failure instanceof PressDeskException known) {
            return messages.describe(known);
        }
        SQLException sql = DatabaseFailures.sqlCause(failure);
        if (sql != null) {
            return inDatabase(failure, sql, messages);
        }
        logOnce(failure);
        return messages.get(unexpectedKey, String.valueOf(failure.getMessage()));
    }

    private static String inDatabase(Throwable failure, SQLException sql, Messages messages) {
        if (LOGGED.put(failure, Boolean.TRUE) == null) {
            DatabaseFailures.log(failure, sql);
        }
        return messages.get("cli.databaseFailed", DatabaseFailures.code(sql));
    }

    /** Whether the failure is one the program foresaw and words for the user, rather than a fault to log. */
    public static boolean isKnown(Throwable failure) {
        return failure instanceof PressDeskException;
    }

    /**
     * Logs an unexpected failure at WARN, unless it was already; a known one is said to the user, not logged. The
     * background runner calls it as soon as work fails, so the fault is in the log even if no screen describes it.
     */
    public static void logIfUnexpected(Throwable failure) {
        SQLException sql = DatabaseFailures.sqlCause(failure);
        if (sql != null && LOGGED.put(failure, Boolean.TRUE) == null) {
            DatabaseFailures.log(failure, sql);
        } else if (sql == null && !isKnown(failure)) {
            logOnce(failure);
        }
    }

    private static void logOnce(Throwable failure) {
        if (LOGGED.put(failure, Boolean.TRUE) == null) {
            LOG.warn("Unexpected failure", failure);
        }
    }
}
