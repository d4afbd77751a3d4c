package org.pressdesk.store;

import static org.pressdesk.store.jooq.Tables.APP_SETTING;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Bare statements, as a repository that forgot its transaction would run them: in a loop, a read and then the
 * insert of a row named after the loop and its turn, each in autocommit. Every insert that returned is reported as
 * {@code wrote NAME-N}, every failure as {@code failed …}; the caller checks the file holds exactly what was reported.
 */
final class BareStatementsLoop {
    private BareStatementsLoop() {
    }

    static void run(Database database, String name, Duration length, Consumer<String> report) {
        long end = System.nanoTime() + length.toNanos();
        for (int turn = 0; System.nanoTime() < end; turn++) {
            String key = name + "-" + turn;
            try {
                database.dsl().fetchCount(APP_SETTING);
                database.dsl().insertInto(APP_SETTING)
                        .set(APP_SETTING.SETTING_KEY, key)
                        .set(APP_SETTING.SETTING_VALUE, "écrit hors transaction")
                        .execute();
                report.accept("wrote " + key);
            } catch (RuntimeException e) {
                report.accept("failed " + key + " " + codes(e));
                e.printStackTrace(); // where it broke, in the test's output
            }
            pause();
        }
    }

    /** The failure's kinds and H2 codes, on one line. */
    static String codes(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            line.append(t.getClass().getSimpleName());
            if (t instanceof java.sql.SQLException sql) {
                line.append('(').append(sql.getErrorCode()).append(')');
            }
            line.append(' ');
        }
        return line.toString().trim();
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
