package org.pressdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * The connections jOOQ takes on the shared H2 file, made so that a statement run outside
 * {@link Database#inTransaction} (a "bare" statement, in autocommit) waits out another process's serving hand-over
 * as a transaction does (decisions 0052 and 0055), without its caller having to remember anything:
 * <ul>
 * <li>a bare read that fails because the file is changing hands runs again on a new connection, within the
 * {@link SharedFileWait}'s patience (a read changes nothing, so running it twice is harmless);</li>
 * <li>a bare write runs alone in a transaction of its own that ends with this process's commit receipt, so that a
 * write broken while committing is looked up by its receipt (reported done if it reached the file, run again if
 * not), never run twice and never reported lost while the file can still be read.</li>
 * </ul>
 * Statements on a connection inside a transaction (autocommit off) are passed on untouched: the transaction as a
 * whole is what {@link SharedFileWait#transaction} tries again.
 */
final class BareConnections implements ConnectionProvider {
    private final DataSource waiting;
    private final DataSource direct;
    final SharedFileWait wait;
    final StatementKinds kinds;
    final CommitReceipts receipts;
    final Predicate<CommitAttempt> landed;
    final Runnable afterWrite;

    /**
     * @param waiting    connections as jOOQ first takes them (waiting for a busy file)
     * @param direct     the pool itself, for a connection taken again inside the wait's own loop
     * @param landed     whether an attempt's receipt is in the file
     * @param afterWrite what follows every reported commit (the file made current)
     */
    BareConnections(DataSource waiting, DataSource direct, SharedFileWait wait, StatementKinds kinds,
            CommitReceipts receipts, Predicate<CommitAttempt> landed, Runnable afterWrite) {
        this.waiting = waiting;
        this.direct = direct;
        this.wait = wait;
        this.kinds = kinds;
        this.receipts = receipts;
        this.landed = landed;
        this.afterWrite = afterWrite;
    }

    @Override
    public Connection acquire() {
        try {
            return BareConnection.wrap(this, waiting.getConnection());
        } catch (SQLException e) {
            throw new DataAccessException("No connection to the shared file", e);
        }
    }

    /**
     * Gives the connection back. Giving back rolls back on the serving process: when the file is changing hands that
     * fails, after the statement's own work was done (and committed, or waited out): it must not fail the statement.
     */
    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (!SharedFileWait.passes(e)) {
                throw new DataAccessException("A connection to the shared file could not be given back", e);
            }
        }
    }

    /** A new connection for a statement tried again; a passing failure here is the wait's to try again. */
    Connection another() throws SQLException {
        return direct.getConnection();
    }
}
