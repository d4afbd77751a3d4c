package org.pressdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.store.keys.DataKey;
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

    private Database(JdbcConnectionPool pool, SQLDialect dialect, String location) {
        this.pool = pool;
        this.location = location;
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
     */
    public static Database open(DataDirectory directory) {
        return open(h2File(directory, null), directory.toString());
    }

    /**
     * Opens (and on first use creates) the data directory's database encrypted with {@code key} (H2's
     * {@code CIPHER=AES}). Another process opening it must hold the same key, which it gets from its own key slot.
     */
    public static Database open(DataDirectory directory, DataKey key) {
        return open(h2File(directory, key), directory.toString());
    }

    /**
     * The H2 connection settings of a data directory, in one place: the URL with its options and, for an encrypted
     * file, the password H2 wants as "file-password user-password".
     */
    private static JdbcDataSource h2File(DataDirectory directory, DataKey key) {
        JdbcDataSource source = new JdbcDataSource();
        source.setUser(USER);
        String url = "jdbc:h2:file:" + directory.databaseBase() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        if (key == null) {
            source.setURL(url);
            source.setPassword(PASSWORD);
            return source;
        }
        // No H2 trace file: it is written in clear and may quote statements, bodies included.
        source.setURL(url + ";CIPHER=AES;TRACE_LEVEL_FILE=0");
        char[] file = key.filePassword();
        char[] both = new char[file.length + 1 + PASSWORD.length()];
        System.arraycopy(file, 0, both, 0, file.length);
        both[file.length] = ' ';
        PASSWORD.getChars(0, PASSWORD.length(), both, file.length + 1);
        source.setPasswordChars(both); // kept by the pool for its next connections, so not wiped here
        java.util.Arrays.fill(file, '\0');
        return source;
    }

    /**
     * True when the directory's database file is encrypted: H2 starts an encrypted file with "H2encrypt" where a plain
     * one starts with its readable header.
     */
    public static boolean fileIsEncrypted(DataDirectory directory) {
        Path file = directory.resolve("pressdesk.mv.db");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] start = new byte[9];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == start.length
                    && "H2encrypt".equals(new String(start, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Encrypts, in place, the closed database file of {@code directory} with {@code key} (H2's ChangeFileEncryption).
     * Work on a copy: a file interrupted half-way is lost.
     */
    public static void encryptFile(DataDirectory directory, DataKey key) {
        char[] password = key.filePassword();
        try {
            ChangeFileEncryption.execute(directory.toString(), "pressdesk", "AES", null, password, true);
        } catch (SQLException e) {
            throw translate(e, directory.toString());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * Writes a consistent copy of the database into the zip file {@code target} while it stays in use (H2's
     * {@code BACKUP TO}); an encrypted database's pages stay encrypted in the copy.
     */
    public void backupTo(Path target) {
        dsl.execute("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    /** An in-memory database for one test; it lives until closed. */
    public static Database inMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name);
    }

    private static Database open(String url, String location) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPassword(PASSWORD);
        return open(source, location);
    }

    private static Database open(JdbcDataSource source, String location) {
        System.setProperty("h2.bindAddress", System.getProperty("h2.bindAddress", "127.0.0.1"));
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(16);
        try {
            migrate(pool, location);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, SQLDialect.H2, location);
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
                if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD) {
                    return new PressDeskException(failure, "database.wrongKey", location);
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
        return changes.around(() -> dsl.transactionResult(work::get));
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
