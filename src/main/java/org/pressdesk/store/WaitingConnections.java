package org.pressdesk.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The H2 file's connections as the rest of PressDesk takes them: a connection that cannot be had because another
 * process is opening, serving or leaving the file is asked for again, within the {@link SharedFileWait}'s patience,
 * instead of failing at once.
 */
final class WaitingConnections implements DataSource {
    private final DataSource connections;
    private final SharedFileWait wait;

    WaitingConnections(DataSource connections, SharedFileWait wait) {
        this.connections = connections;
        this.wait = wait;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wait.untilFree(connections::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wait.untilFree(() -> connections.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return connections.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        connections.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        connections.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return connections.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return connections.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : connections.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || connections.isWrapperFor(type);
    }
}
