package org.pressdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears what the other desktops commit on the shared server (LISTEN on the channel the V7 triggers notify) and
 * tells this program's change listeners, as its own commits do: the search index and the screens follow within
 * half a second. Its own commits are skipped (the payload names the writer). After a lost connection it
 * reconnects and first reports every communiqué the change sequence (V16) numbered after its last connection.
 */
final class ServerChangeFeed implements AutoCloseable {
    static final String CHANNEL = "pressdesk_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeFeed.class);
    private static final int WAIT_MILLIS = 250;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final PGConnectionPoolDataSource source;
    private final String ownName;
    /** The change numbers this program's own transactions took lately: a catch-up skips them. */
    private final RecentNumbers ownNumbers;
    private final CommittedChanges changes;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;
    /** Where the change sequence stood at the last connection (or at the program's, before the first). */
    private long lastNumber;

    ServerChangeFeed(PGConnectionPoolDataSource source, String ownName, RecentNumbers ownNumbers,
            CommittedChanges changes) {
        this.source = source;
        this.ownName = ownName;
        this.ownNumbers = ownNumbers;
        this.changes = changes;
        this.thread = new Thread(this::run, "server-change-feed");
        thread.setDaemon(true);
    }

    /**
     * Starts listening on a thread of its own. {@code latestNumber} is where the change sequence stood when the
     * program connected: the feed's first connection, once it listens, reports every communiqué numbered after it,
     * so that a colleague's commit made while the feed was still connecting is not lost.
     */
    void start(long latestNumber) {
        lastNumber = latestNumber;
        thread.start();
    }

    private void run() {
        while (running) {
            try (Connection listening = source.getConnection()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                catchUp(listening);
                listen(listening.unwrap(PGConnection.class));
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Lost the server's change notifications; reconnecting in {}", RETRY, e);
                    pause();
                }
            }
        }
    }

    private void listen(PGConnection listening) throws SQLException {
        while (running) {
            PGNotification[] notifications = listening.getNotifications(WAIT_MILLIS);
            if (notifications == null || notifications.length == 0) {
                continue;
            }
            Set<Long> ids = new LinkedHashSet<>();
            for (PGNotification notification : notifications) {
                String[] parts = notification.getParameter().split(" ", 2);
                if (parts.length == 2 && !parts[1].equals(ownName)) {
                    ids.add(Long.parseLong(parts[0]));
                }
            }
            changes.heard(ids);
        }
    }

    /**
     * What changed while this feed was not listening, by the database's change sequence: since the program
     * connected, or since the last connection.
     */
    private void catchUp(Connection listening) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        long highest = lastNumber;
        try (PreparedStatement query = listening.prepareStatement(
                "select change_seq, communique_id from communique_change where change_seq > ?")) {
            query.setLong(1, lastNumber);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    highest = Math.max(highest, rows.getLong(1));
                    if (!ownNumbers.contains(rows.getLong(1))) {
                        ids.add(rows.getLong(2));
                    }
                }
            }
        }
        if (!ids.isEmpty()) {
            LOG.info("Listening to the server's change notifications; {} communiqué(s) changed meanwhile",
                    ids.size());
        }
        lastNumber = highest;
        changes.heard(ids);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
