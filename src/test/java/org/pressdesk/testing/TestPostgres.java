package org.pressdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.store.Database;

/**
 * A throw-away PostgreSQL server for the tests: its own cluster in a temporary folder, on a free port of 127.0.0.1,
 * with TLS on (a certificate for "localhost" signed by a CA made for the run), started once per test JVM and
 * removed at its end. It needs Debian's postgresql package (initdb and pg_ctl under /usr/lib/postgresql/N/bin);
 * run as root, the server runs as the postgres system user, since PostgreSQL refuses root.
 *
 * <p>Without PostgreSQL the tests that need it are skipped, saying so; in CI (CI=true) they fail instead.
 */
public final class TestPostgres {
    public static final String SUPERUSER = "postgres";
    private static final String TEMPLATE = "pressdesk_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres instance;
    private static String unavailable;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final char[] password;
    private final Path caFile;

    private TestPostgres(Path folder, Path bin, int port, char[] password, Path caFile) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.password = password;
        this.caFile = caFile;
    }

    /** The running server, started at the first call; skips (or in CI fails) the calling test without one. */
    public static synchronized TestPostgres server() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (IOException | InterruptedException | RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (instance == null) {
            String why = "PostgreSQL run SKIPPED: no PostgreSQL server could be started here (" + unavailable
                    + "). Install Debian's postgresql package to run it; CI runs it always.";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why.replace("SKIPPED", "FAILED (CI=true)"));
            }
            System.err.println(why);
            Assumptions.abort(why);
        }
        return instance;
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        Path bin = findBin();
        Path folder = Files.createTempDirectory("pressdesk-pg");
        Path data = folder.resolve("data");
        char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
        Path passwordFile = folder.resolve("password");
        Files.writeString(passwordFile, new String(password), StandardCharsets.UTF_8);
        handToServerUser(folder);
        run(bin, "initdb", "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
        Files.delete(passwordFile);
        Path caFile = TestCertificates.write(folder, data);
        int port = freePort();
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
                "", "listen_addresses = '127.0.0.1'", "port = " + port,
                "unix_socket_directories = '" + folder + "'", "ssl = on", "ssl_cert_file = 'server.crt'",
                "ssl_key_file = 'server.key'", "fsync = off", "synchronous_commit = off", "full_page_writes = off",
                "max_connections = 200", statementStatistics(), ""), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        handToServerUser(folder);
        Path log = folder.resolve("server.log");
        try {
            run(bin, "pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "start");
        } catch (IOException e) {
            String told = Files.exists(log) ? Files.readString(log).strip() : "";
            removeQuietly(folder);
            throw new IOException(e.getMessage() + " " + told, e);
        }
        TestPostgres server = new TestPostgres(folder, bin, port, password, caFile);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-test-postgres"));
        server.createTemplate();
        return server;
    }

    /**
     * For the load benchmark only ({@code -Dpressdesk.pg.statements=true}): what the server spends per statement
     * (pg_stat_statements) and a line in the server's log for every lock wait longer than the deadlock timeout.
     */
    private static String statementStatistics() {
        return Boolean.getBoolean("pressdesk.pg.statements")
                ? "shared_preload_libraries = 'pg_stat_statements'\nlog_lock_waits = on\ndeadlock_timeout = '200ms'"
                : "";
    }

    private static Path findBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IOException("no " + root);
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IOException("no initdb under " + root));
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handToServerUser(Path folder) throws IOException, InterruptedException {
        if (root()) {
            exec(List.of("chown", "-R", "postgres:postgres", folder.toString()));
        }
    }

    private static void run(Path bin, String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        exec(command);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void stop() {
        try {
            run(bin, "pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "stop");
        } catch (IOException | InterruptedException e) {
            System.err.println("test PostgreSQL did not stop: " + e.getMessage());
        }
        removeQuietly(folder);
    }

    private static void removeQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    public int port() {
        return port;
    }

    /** The server's log file (lock waits are logged there when the benchmark asks for it). */
    public Path log() {
        return folder.resolve("server.log");
    }

    public Path caFile() {
        return caFile;
    }

    /** A CA file the server's certificate does not come from. */
    public static Path unrelatedAuthority(Path folder) throws IOException {
        return TestCertificates.writeUnrelatedAuthority(folder.resolve("unrelated-ca.crt"));
    }

    /** The superuser, over TLS with the server's name checked. */
    public ServerLogin superuser() {
        return new ServerLogin(SUPERUSER, password, caFile);
    }

    public char[] superuserPassword() {
        return password.clone();
    }

    public ServerAddress address(String database) {
        return new ServerAddress("localhost", port, database);
    }

    /** A new, empty database. */
    public ServerAddress createEmptyDatabase() {
        ServerAddress address = createEmptyDatabaseName();
        admin("create database " + address.name());
        return address;
    }

    /** The address of a database name not used yet; nothing is created. */
    ServerAddress createEmptyDatabaseName() {
        return address("t" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid());
    }

    /** A new database already at the current schema, copied from a template migrated once. */
    public ServerAddress createDatabase() {
        ServerAddress address = createEmptyDatabaseName();
        admin("create database " + address.name() + " template " + TEMPLATE);
        return address;
    }

    private void createTemplate() {
        admin("create database " + TEMPLATE);
        try (Database database = Database.connect(address(TEMPLATE), superuser(), Database.Schema.MIGRATE)) {
            database.location();
        }
    }

    /** Runs statements as the superuser in the maintenance database (roles, databases). */
    public void admin(String... statements) {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", new String(password));
        properties.setProperty("sslmode", "disable");
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    /**
     * Stops the server as its administrator would ({@code pg_ctl stop -m fast}: every connection is cut), for tests
     * of a server that goes away mid-session; {@link #startAgain} brings it back on the same port.
     */
    public synchronized void stopForAWhile() {
        try {
            run(bin, "pg_ctl", "-D", folder.resolve("data").toString(), "-m", "fast", "-w", "-t", "60", "stop");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("test PostgreSQL did not stop", e);
        }
    }

    /** Starts the server stopped by {@link #stopForAWhile}. */
    public synchronized void startAgain() {
        try {
            run(bin, "pg_ctl", "-D", folder.resolve("data").toString(), "-l", folder.resolve("server.log").toString(),
                    "-w", "-t", "60", "start");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("test PostgreSQL did not start again", e);
        }
    }
}
