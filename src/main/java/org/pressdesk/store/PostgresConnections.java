package org.pressdesk.store;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;

/**
 * The shared server's connections, pooled. A connection the server dropped (restart, network) reports itself
 * broken and leaves the pool, so the next transaction reconnects without restarting the program.
 */
final class PostgresConnections {
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int MAX_CONNECTIONS = 8;

    private static final String APPLICATION = "PressDesk";

    private PostgresConnections() {
    }

    static JdbcConnectionPool pool(PGConnectionPoolDataSource source) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        pool.setLoginTimeout(CONNECT_TIMEOUT_SECONDS * 2);
        return pool;
    }

    static PGConnectionPoolDataSource source(ServerAddress address, ServerLogin login) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setServerNames(new String[] {address.host()});
        source.setPortNumbers(new int[] {address.port()});
        source.setDatabaseName(address.name());
        source.setUser(login.user());
        source.setPassword(new String(login.password()));
        source.setApplicationName(APPLICATION);
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setTcpKeepAlive(true);
        if (login.caFile() != null) {
            source.setSslMode("verify-full");
            source.setSslRootCert(login.caFile().toString());
        } else {
            source.setSslMode("prefer");
        }
        return source;
    }

    /** The same server, under a name of its own: the change notifications name their writer by it. */
    static PGConnectionPoolDataSource named(ServerAddress address, ServerLogin login, String instance) {
        PGConnectionPoolDataSource source = source(address, login);
        source.setApplicationName(APPLICATION + " " + instance);
        return source;
    }
}
