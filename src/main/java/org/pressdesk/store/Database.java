package org.pressdesk.store;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.pressdesk.domain.PressDeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PressDesk database: an H2 file in the data directory, brought to the current schema by the Flyway migrations.
 * Other PressDesk processes on the same machine share it through H2's automatic server mode, so the command line
 * works while the window is open. Transactions are bound to the calling thread: repositories called inside
 * {@link #inTransaction} take part in it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String USER = "pressdesk";
    private static final String PASSWORD = "pressdesk";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String location;
    private final CommittedChanges changes = new CommittedChanges();
    private final boolean onFile;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    private Database(JdbcConnectionPool pool, SQLDialect dialect, String location, boolean onFile) {
        this.pool = pool;
        this.location = location;
        this.onFile = onFile;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect);
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        configuration.set(new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false)
                .withExecuteLogging(false));
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens (and on first use creates) the database of a data directory and runs pending migrations. WRITE_DELAY=0
     * hands every commit to the file at once: by default H2 holds commits in memory for up to 500 ms, and a crash in
     * that window lost a save or an autosave the user had been told was kept.
     *
     * <p>REUSE_SPACE=FALSE makes H2 append every chunk at the end of the file instead of writing it into space
     * freed earlier. With space reused, a SIGKILL now and then cost a whole session of committed saves and
     * autosaves (H2 reopened the file at an older state) or left a file H2 called corrupted; with chunks appended,
     * the crash trials kept everything (docs/benchmarks.md, issue 10). The price: the file grows while the program
     * runs, until H2 compacts it when the last process closes it.
     */
    public static Database open(DataDirectory directory) {
        String url = "jdbc:h2:file:" + directory.databaseBase()
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
        return open(url, directory.toString(), true);
    }

    /** An in-memory database for one test; it lives until closed. */
    public static Database inMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name, false);
    }

    private static Database open(String url, String location, boolean onFile) {
        System.setProperty("h2.bindAddress", System.getProperty("h2.bindAddress", "127.0.0.1"));
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
        pool.setMaxConnections(16);
        try {
            migrate(pool, location);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, SQLDialect.H2, location, onFile);
    }

    private static void migrate(JdbcConnectionPool pool, String location) {
        if (SchemaVersion.isCurrent(pool)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw translate(e, location);
        }
    }

    static PressDeskException translate(Throwable failure, String location) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.CONNECTION_BROKEN_1) {
                    return new PressDeskException(failure, "database.inUse", location);
                }
                if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
                    return new PressDeskException(failure, "database.corrupted", location);
                }
            }
        }
        LOG.error("Cannot open the database at {}", location, failure);
        return new PressDeskException(failure, "database.cannotOpen", location, rootMessage(failure));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** The connections, for code that must speak plain JDBC (the schema check). */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} in one transaction: all of it is written, or none of it. After the outermost transaction
     * commits, the listeners hear which communiqués it changed.
     */
    public <T> T inTransaction(Supplier<T> work) {
        int[] level = depth.get();
        level[0]++;
        T result;
        try {
            result = changes.around(() -> dsl.transactionResult(work::get));
        } finally {
            level[0]--;
        }
        if (level[0] == 0) {
            writeThrough();
        }
        return result;
    }

    /**
     * Makes sure the file holds what was just committed before the caller reports it: a checkpoint writes whatever
     * H2 still holds in memory, under its store lock, and costs nothing when the file is current. WRITE_DELAY=0
     * should make it redundant; it is kept because the crash trials that pass were run with it.
     */
    private void writeThrough() {
        if (onFile) {
            dsl.execute("checkpoint");
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Tells {@code listener} about every committed change of communiqués (the search index follows them). */
    public void addChangeListener(CommittedChanges.Listener listener) {
        changes.add(listener);
    }

    /** Notes that a communiqué row changed; heard by the listeners once the transaction commits. */
    void changed(long communiqueId) {
        changes.changed(communiqueId);
    }

    public String location() {
        return location;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
