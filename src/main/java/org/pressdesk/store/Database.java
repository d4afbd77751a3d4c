package org.pressdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.keys.DataKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PressDesk database, brought to the current schema by the Flyway migrations: by default an H2 file in the data
 * directory (other PressDesk processes on the same machine share it through H2's automatic server mode, so the
 * command line works while the window is open), or the office's shared PostgreSQL server. The two differ only in
 * their connection factories ({@link H2Connections}, {@link PostgresConnections}) and their vendor migration
 * folder. Transactions are bound to the calling thread: repositories called inside {@link #inTransaction} take part
 * in it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        H2Connections.bindToLoopback(); // before H2's tools (encryption, backup) read their settings
    }

    /** Whether opening the server may change its schema (the owner role) or only checks it (the everyday role). */
    public enum Schema { MIGRATE, CHECK }

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String location;
    private final ServerAddress server;
    private final CommittedChanges changes = new CommittedChanges();
    private ServerChangeFeed feed;
    /** For a shared H2 file: what the other processes commit, asked for once a listener wants it. */
    private SharedFileChanges fileChanges;
    private final boolean onFile;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    /** For the shared H2 file only: how long to wait for the other processes using it; null elsewhere. */
    private final SharedFileWait wait;
    private final javax.sql.DataSource connections;
    /** The change numbers this program's own transactions took lately (the shared file's poll skips them). */
    private final RecentNumbers ownNumbers = new RecentNumbers(4_096);
    /** For the shared H2 file: this process's commit receipts (decision 0052). */
    private final CommitReceipts receipts = new CommitReceipts();

    private Database(JdbcConnectionPool pool, SQLDialect dialect, String location, ServerAddress server,
            boolean onFile) {
        this.pool = pool;
        this.location = location;
        this.server = server;
        this.onFile = onFile;
        this.wait = onFile ? SharedFileWait.configured(location) : null;
        this.connections = onFile ? new WaitingConnections(pool, wait) : pool;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect);
        configuration.set(new ThreadLocalTransactionProvider(connectionsForJooq(configuration)));
        configuration.set(settings());
        this.dsl = DSL.using(configuration);
    }

    /** How jOOQ renders for both databases: names unquoted, no schema, no statement logging. */
    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false)
                .withExecuteLogging(false);
    }

    /**
     * On the shared file, connections whose statements outside a transaction wait out a serving hand-over too
     * ({@link BareConnections}): nobody has to remember to wrap a single read or write. Elsewhere, the pool's.
     */
    private org.jooq.ConnectionProvider connectionsForJooq(DefaultConfiguration configuration) {
        if (!onFile) {
            return new DataSourceConnectionProvider(connections);
        }
        StatementKinds kinds = new StatementKinds();
        configuration.set(new org.jooq.impl.DefaultExecuteListenerProvider(kinds));
        return new BareConnections(connections, pool, wait, kinds, receipts,
                attempt -> receipts.landed(this.dsl, attempt), this::writeThrough);
    }

    /**
     * Opens (and on first use creates) the database of a data directory and runs pending migrations; the URL's
     * options (WRITE_DELAY=0, REUSE_SPACE=FALSE: why, in {@link H2Connections#file}) make every reported commit
     * survive a crash.
     */
    public static Database open(DataDirectory directory) {
        refuseCutShort(directory);
        return openH2(H2Connections.file(directory, null), directory.toString(), true);
    }

    /**
     * A file whose end was cut off is damaged, not a database to go on with: H2 would open the older state it can
     * still read and PressDesk would write on top of it (issue 10). It goes to the recovery instead.
     */
    private static void refuseCutShort(DataDirectory directory) {
        if (H2FileHeader.cutShort(directory.resolve("pressdesk.mv.db"))) {
            LOG.warn("The database file of {} ends before the newest chunk its header names", directory);
            throw new PressDeskException("database.corrupted", directory.toString());
        }
    }

    /**
     * Opens (and on first use creates) the data directory's database encrypted with {@code key} (H2's
     * {@code CIPHER=AES}). Another process opening it must hold the same key, which it gets from its own key slot.
     */
    public static Database open(DataDirectory directory, DataKey key) {
        return openH2(H2Connections.file(directory, key), directory.toString(), true);
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
        return openH2(H2Connections.memory(name), "mem:" + name, false);
    }

    private static Database openH2(JdbcConnectionPool pool, String location, boolean onFile) {
        try {
            migrate(onFile ? new WaitingConnections(pool, SharedFileWait.configured(location)) : pool, location,
                    Vendor.H2);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, SQLDialect.H2, location, null, onFile);
    }

    /**
     * Connects to the shared PostgreSQL server. With {@link Schema#MIGRATE} (the owner role) pending migrations run;
     * with {@link Schema#CHECK} (the everyday role) a schema older or newer than this program is refused with a
     * message saying what to do, and nothing is changed.
     */
    public static Database connect(ServerAddress address, ServerLogin login, Schema schema) {
        String instance = java.util.UUID.randomUUID().toString().substring(0, 13);
        var source = PostgresConnections.named(address, login, instance);
        JdbcConnectionPool pool = PostgresConnections.pool(source);
        String location = address.toString();
        try {
            ServerFaults.check(pool, address, login);
            if (schema == Schema.MIGRATE) {
                migrate(pool, location, Vendor.POSTGRESQL);
            } else {
                SchemaVersion.requireCurrent(pool, location);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        Database database = new Database(pool, SQLDialect.POSTGRES, location, address, false);
        database.feed = new ServerChangeFeed(PostgresConnections.named(address, login, instance + "-feed"),
                source.getApplicationName(), database.ownNumbers, database.changes);
        database.feed.start(ChangeLog.latest(database.dsl));
        return database;
    }

    /** Which database program, and so which vendor migration folder beside the common one. */
    enum Vendor {
        H2("classpath:db/vendor/h2"), POSTGRESQL("classpath:db/vendor/postgresql");

        private final String location;

        Vendor(String location) {
            this.location = location;
        }
    }

    private static void migrate(javax.sql.DataSource pool, String location, Vendor vendor) {
        SchemaVersion.refuseNewer(pool, location);
        if (SchemaVersion.isCurrent(pool)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", vendor.location)
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
        return connections;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} in one transaction: all of it is written, or none of it. After the outermost transaction
     * commits, the listeners hear which communiqués it changed.
     */
    public <T> T inTransaction(Supplier<T> work) {
        if (wait != null && depth.get()[0] == 0) {
            return wait.transaction(attempt -> transactionOnce(work, attempt), this::landed);
        }
        return transactionOnce(work, null);
    }

    /**
     * After a shared file's connection broke while {@code attempt} committed: true when its receipt is in the file
     * (the listeners then hear its changes, as after any commit, and the file is made current).
     */
    private boolean landed(CommitAttempt attempt) {
        if (!receipts.landed(dsl, attempt)) {
            return false;
        }
        changes.heardOwn(attempt.changed());
        writeThrough();
        return true;
    }

    /** One try of a transaction; {@code attempt} is the shared file's receipt for it, null elsewhere. */
    private <T> T transactionOnce(Supplier<T> work, CommitAttempt attempt) {
        int[] level = depth.get();
        level[0]++;
        T result;
        try {
            result = changes.around(() -> dsl.transactionResult(() -> {
                T value = work.get();
                if (level[0] == 1) {
                    // the change numbers first: what runs at commit (the audit chain's head) then holds its lock
                    // for the fewest statements
                    recordChanges();
                    changes.runAtCommit();
                    if (attempt != null) {
                        // the last statement before the commit: the receipt is in the file if and only if the rest is
                        receipts.write(dsl, attempt);
                        attempt.committing(value, changes.pending());
                    }
                }
                return value;
            }));
        } catch (DataAccessException e) {
            if (server == null) {
                throw e;
            }
            RuntimeException told = ServerFaults.duringWork(e, location);
            if (told != e) {
                ServerFaults.dropBrokenConnections(pool);
            }
            throw told;
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
            try {
                wait.untilFree(() -> dsl.execute("checkpoint"));
            } catch (java.sql.SQLException e) {
                throw new DataAccessException("checkpoint", e);
            }
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

    /**
     * Tells {@code listener}, on a background thread, about communiqués other desktops committed on the shared server,
     * or other processes on the shared H2 file (within a second: {@link SharedFileChanges}); never this program's
     * own commits, nor anything for a database in memory. Run the returned action to stop.
     */
    public Runnable addRemoteChangeListener(CommittedChanges.Listener listener) {
        startFollowingFile();
        return changes.addRemote(listener);
    }

    /** On a shared H2 file, starts asking the change sequence what other processes commit (once). */
    private synchronized void startFollowingFile() {
        if (onFile && fileChanges == null) {
            fileChanges = new SharedFileChanges(dsl, ownNumbers, changes);
            fileChanges.start(ChangeLog.latest(dsl));
        }
    }

    /**
     * Runs {@code work} as the last thing of the current transaction, just before it commits (at once, in a
     * transaction of its own, when there is none): work that locks a row every writer needs (the audit chain's head)
     * holds it from there to the commit only, not through the rest of the transaction.
     */
    public void atCommit(Runnable work) {
        if (changes.inTransaction()) {
            changes.atCommit(work);
        } else {
            inTransaction(work);
        }
    }

    /**
     * Runs {@code work} inside the current transaction as a unit of its own (a savepoint): when it breaks a
     * constraint, because a colleague's transaction just removed the row it refers to (a tag merged or cleaned up),
     * only {@code work} is undone, the transaction goes on, and the answer is false.
     */
    public boolean attempt(Runnable work) {
        try {
            inTransaction(work);
            return true;
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            LOG.debug("A step met a colleague's concurrent change and was undone", e);
            return false;
        }
    }

    /** True when the calling thread is inside a transaction of this database. */
    public boolean inTransaction() {
        return changes.inTransaction();
    }

    /** Notes that a communiqué row changed; heard by the listeners once the transaction commits. */
    void changed(long communiqueId) {
        if (changes.inTransaction()) {
            changes.changed(communiqueId);
        } else {
            // a write outside a transaction: its number and row are written at once, then the listeners hear it
            inTransaction(() -> changes.changed(communiqueId));
        }
    }

    /**
     * Gives the outermost transaction's changes their number in the change sequence, as late as possible before the
     * commit so that numbers and commits mostly come in the same order (readers allow for the rest).
     */
    private void recordChanges() {
        Set<Long> ids = changes.pending();
        if (!ids.isEmpty()) {
            ownNumbers.add(ChangeLog.record(dsl, ids));
        }
    }


    /** Deletes this process's commit receipt and the ones killed processes left; a failure only leaves a row. */
    private void forgetReceipts() {
        try {
            // a transaction of jOOQ's, not ours: ours would end by writing this process's receipt again
            wait.untilFree(() -> {
                dsl.transaction(() -> receipts.forget(dsl));
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            LOG.debug("The commit receipts of {} were not tidied at close", location, e);
        }
    }

    public String location() {
        return location;
    }

    /** The shared server, or empty for the embedded H2 database. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * Whether the shared server answers now (the embedded database always does). When it does not, the pool's dead
     * connections leave it, so that the next work reconnects as soon as the server is back.
     */
    public boolean answers() {
        if (server == null) {
            return true;
        }
        try (java.sql.Connection connection = pool.getConnection()) {
            if (connection.isValid(2)) {
                return true;
            }
        } catch (java.sql.SQLException e) {
            // refused, timed out or reset: the server is away
        }
        ServerFaults.dropBrokenConnections(pool);
        return false;
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        synchronized (this) {
            if (fileChanges != null) {
                fileChanges.close();
            }
        }
        if (onFile) {
            forgetReceipts();
        }
        pool.dispose();
    }
}
