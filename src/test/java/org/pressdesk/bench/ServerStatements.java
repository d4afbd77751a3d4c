package org.pressdesk.bench;

import java.util.Locale;
import org.pressdesk.store.Database;

/**
 * What the server itself spent on each kind of statement during a phase (pg_stat_statements, loaded when the
 * benchmark starts the throw-away server with {@code -Dpressdesk.pg.statements=true}): calls, mean and total
 * execution time. Set against a step's time seen by the program, it tells the server's share from the rest (the
 * network, waiting for a core, the program's own work). Lock waits count in the execution time.
 */
final class ServerStatements {
    private final Database database;
    private final boolean available;

    ServerStatements(Database database) {
        this.database = database;
        this.available = Boolean.getBoolean("pressdesk.pg.statements") && created(database);
    }

    private static boolean created(Database database) {
        try {
            database.dsl().execute("create extension if not exists pg_stat_statements");
            return true;
        } catch (RuntimeException e) {
            System.out.println("  (pg_stat_statements unavailable: " + e.getClass().getSimpleName() + ")");
            return false;
        }
    }

    void reset() {
        if (available) {
            database.dsl().fetch("select pg_stat_statements_reset()");
        }
    }

    /** The {@code top} statements by total execution time since the last reset, and the total. */
    String summary(int top) {
        if (!available) {
            return "server statements: not measured (run with -Dpressdesk.pg.statements=true)";
        }
        StringBuilder text = new StringBuilder("server statements by total execution time (calls, mean ms, total s):");
        database.dsl().fetch("select calls, mean_exec_time, total_exec_time, query from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database())"
                + " order by total_exec_time desc limit " + top).forEach(r -> text.append(String.format(Locale.ROOT,
                        "%n    %8d %8.3f %8.2f  %s", r.get(0, Long.class), r.get(1, Double.class),
                        r.get(2, Double.class) / 1000, shorten(r.get(3, String.class)))));
        return text.toString();
    }

    private static String shorten(String query) {
        String one = query.replaceAll("\\s+", " ").strip();
        return one.length() > 110 ? one.substring(0, 110) + "…" : one;
    }
}
