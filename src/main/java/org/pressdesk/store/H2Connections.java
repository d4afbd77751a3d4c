package org.pressdesk.store;

import java.util.Arrays;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.keys.DataKey;

/**
 * The embedded H2 database's connections, in one place: a file in the data directory (plain, or encrypted with the
 * installation's data key), or memory for a test.
 */
final class H2Connections {
    private static final String USER = "pressdesk";
    private static final String PASSWORD = "pressdesk";

    static {
        bindToLoopback();
    }

    private H2Connections() {
    }

    /**
     * The automatic server's port and the lock socket listen on 127.0.0.1 only (unless -Dh2.bindAddress says
     * otherwise). H2 reads the property once, when its first class that needs it is initialised (creating a
     * JdbcDataSource already does), so it is set before any H2 object is made; set later it was ignored and both
     * ports listened on every interface.
     */
    static void bindToLoopback() {
        System.setProperty("h2.bindAddress", System.getProperty("h2.bindAddress", "127.0.0.1"));
    }

    /**
     * WRITE_DELAY=0 hands every commit to the file at once: by default H2 holds commits in memory for up to 500 ms,
     * and a crash in that window lost a save or an autosave the user had been told was kept. REUSE_SPACE=FALSE makes
     * H2 append every chunk at the end of the file instead of writing it into space freed earlier: with space reused,
     * a SIGKILL now and then cost a whole session of committed saves (H2 reopened the file at an older state) or left
     * a file H2 called corrupted; with chunks appended the crash trials kept everything (docs/benchmarks.md, issue
     * 10). The price: the file grows while the program runs, until H2 compacts it when the last process closes it. With a {@code key} the
     * file is encrypted (H2's {@code CIPHER=AES}), and H2 then wants the password as "file-password user-password".
     * FILE_LOCK=SOCKET: the process holding the file proves it is alive by a socket on 127.0.0.1 named in the lock
     * file, instead of H2's default, in which every process that tries the file writes the lock file, waits 2 s and
     * reads it back while the holder's watchdog writes it again. With eight processes opening the folder, that file
     * was never 2 s old, and the others failed with "Lock file recently modified" until they gave up (decision 0055).
     * With the socket a newcomer only reads the lock file and knocks, then goes to the holder's automatic server; a
     * killed holder's socket is gone at once, so its lock is taken over without H2's 2 to 4 s wait.
     */
    static JdbcConnectionPool file(DataDirectory directory, DataKey key) {
        JdbcDataSource source = new JdbcDataSource();
        source.setUser(USER);
        String url = "jdbc:h2:file:" + directory.databaseBase()
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;REUSE_SPACE=FALSE;FILE_LOCK=SOCKET";
        if (key == null) {
            source.setURL(url);
            source.setPassword(PASSWORD);
            return pool(source);
        }
        // No H2 trace file: it is written in clear and may quote statements, bodies included.
        source.setURL(url + ";CIPHER=AES;TRACE_LEVEL_FILE=0");
        char[] file = key.filePassword();
        char[] both = new char[file.length + 1 + PASSWORD.length()];
        System.arraycopy(file, 0, both, 0, file.length);
        both[file.length] = ' ';
        PASSWORD.getChars(0, PASSWORD.length(), both, file.length + 1);
        source.setPasswordChars(both); // kept by the pool for its next connections, so not wiped here
        Arrays.fill(file, '\0');
        return pool(source);
    }

    static JdbcConnectionPool memory(String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        source.setUser(USER);
        source.setPassword(PASSWORD);
        return pool(source);
    }

    private static JdbcConnectionPool pool(JdbcDataSource source) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(16);
        return pool;
    }
}
