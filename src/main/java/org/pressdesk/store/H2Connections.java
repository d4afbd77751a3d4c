package org.pressdesk.store;

import org.h2.jdbcx.JdbcConnectionPool;

/** The embedded H2 database's connections: a file in the data directory, or memory for a test. */
final class H2Connections {
    private static final String USER = "pressdesk";
    private static final String PASSWORD = "pressdesk";

    private H2Connections() {
    }

    /**
     * WRITE_DELAY=0 hands every commit to the file at once: by default H2 holds commits in memory for up to 500 ms,
     * and a crash in that window lost a save or an autosave the user had been told was kept.
     */
    static JdbcConnectionPool file(DataDirectory directory) {
        return pool("jdbc:h2:file:" + directory.databaseBase() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    static JdbcConnectionPool memory(String name) {
        return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private static JdbcConnectionPool pool(String url) {
        System.setProperty("h2.bindAddress", System.getProperty("h2.bindAddress", "127.0.0.1"));
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
        pool.setMaxConnections(16);
        return pool;
    }
}
