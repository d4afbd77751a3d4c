package org.pressdesk.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.net.ssl.SSLException;
import javax.sql.DataSource;
import org.jooq.exception.DataAccessException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What went wrong with the server, said in the user's words: unreachable, wrong password, no such database, a
 * certificate that does not match, or the connection lost in the middle of work (the transaction then rolled back:
 * nothing is half-written, and the next attempt reconnects).
 */
final class ServerFaults {
    private static final Logger LOG = LoggerFactory.getLogger(ServerFaults.class);

    private ServerFaults() {
    }

    /** Opens and closes one connection, so that a wrong address, password or certificate is told at once. */
    static void check(DataSource source, ServerAddress address, ServerLogin login) {
        try (Connection connection = source.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw atConnect(e, address, login);
        }
    }

    static PressDeskException atConnect(SQLException failure, ServerAddress address, ServerLogin login) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String server = address.host() + ":" + address.port();
        if (state.equals("28P01") || state.equals("28000")) {
            return new PressDeskException(failure, "server.wrongPassword", login.user(), server);
        }
        if (state.equals("3D000")) {
            return new PressDeskException(failure, "server.noSuchDatabase", address.name(), server);
        }
        if (has(failure, SSLException.class) || has(failure, GeneralSecurityException.class)) {
            LOG.warn("TLS with {} failed", server, failure);
            return new PressDeskException(failure, "server.tlsFailed", server, rootMessage(failure));
        }
        if (state.startsWith("08") || has(failure, ConnectException.class) || has(failure, UnknownHostException.class)) {
            LOG.warn("Server {} unreachable", server, failure);
            return new PressDeskException(failure, "server.unreachable", server);
        }
        LOG.warn("Cannot connect to {}", server, failure);
        return new PressDeskException(failure, "server.cannotConnect", server, rootMessage(failure));
    }

    /** A failure while setting the server up: a connection fault as at start, or what the server refused. */
    static PressDeskException inSetup(SQLException failure, ServerAddress address, ServerLogin login) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (state.startsWith("28") || state.startsWith("3D") || state.startsWith("08")) {
            return atConnect(failure, address, login);
        }
        LOG.warn("Server set-up on {} failed", address, failure);
        return new PressDeskException(failure, "server.setupFailed", address, rootMessage(failure));
    }

    /** A failure inside a transaction: a lost connection becomes a clear message, anything else stays as it is. */
    static RuntimeException duringWork(DataAccessException failure, String location) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                LOG.warn("Connection to {} lost during a transaction; it was rolled back", location, failure);
                return new PressDeskException(failure, "server.connectionLost", location);
            }
        }
        return failure;
    }

    /**
     * After a lost connection (the server restarted, the network dropped), the pool's idle connections are likely
     * dead too: each is tried once, and a dead one reports itself broken and leaves the pool, so that the user's
     * next attempt gets a fresh connection instead of failing once per stale one.
     */
    static void dropBrokenConnections(org.h2.jdbcx.JdbcConnectionPool pool) {
        for (int i = 0; i < pool.getMaxConnections(); i++) {
            try (Connection connection = pool.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute("select 1");
            } catch (SQLException e) {
                LOG.debug("A stale connection left the pool", e);
            }
        }
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
