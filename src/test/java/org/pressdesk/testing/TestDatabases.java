package org.pressdesk.testing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.Database;

/**
 * Which database the repository, service and workflow tests run on: the embedded H2 file (the default), or the
 * PostgreSQL server when the system property {@code pressdesk.test.database} is {@code postgresql} (the
 * "postgresql-tests" run of the build). On PostgreSQL each data directory gets its own fresh database, the same one
 * each time the directory is opened again.
 */
public final class TestDatabases {
    public static final String PROPERTY = "pressdesk.test.database";
    private static final Map<Path, ServerAddress> SERVER_DATABASES = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY, "h2").toLowerCase(Locale.ROOT));
    }

    /** The database of a data directory in this run's database. */
    public static Database open(Path dataDirectory) {
        DataDirectory directory = DataDirectory.prepare(dataDirectory);
        if (!onPostgres()) {
            return Database.open(directory);
        }
        TestPostgres server = TestPostgres.server();
        ServerAddress address = SERVER_DATABASES.computeIfAbsent(directory.path().toAbsolutePath(),
                d -> server.createDatabase());
        return Database.connect(address, server.superuser(), Database.Schema.MIGRATE);
    }

    /** On the server: gives {@code to} a copy of the (closed) database of {@code from}. */
    static void copyServerDatabase(Path from, Path to) {
        TestPostgres server = TestPostgres.server();
        ServerAddress source = SERVER_DATABASES.get(from.toAbsolutePath());
        ServerAddress copy = server.createEmptyDatabaseName();
        server.admin("create database " + copy.name() + " template " + source.name());
        SERVER_DATABASES.put(to.toAbsolutePath(), copy);
    }

    /** A database for a test that needs no data directory: H2 in memory, or a fresh database on the server. */
    public static Database memory(String name) {
        if (!onPostgres()) {
            return Database.inMemory(name);
        }
        TestPostgres server = TestPostgres.server();
        return Database.connect(server.createDatabase(), server.superuser(), Database.Schema.MIGRATE);
    }

    /** The services over a data directory, its database on this run's database. */
    public static AppServices services(Path dataDirectory, AppServices.Settings settings) {
        if (!onPostgres()) {
            return AppServices.open(DataDirectory.prepare(dataDirectory), settings);
        }
        return AppServices.open(DataDirectory.prepare(dataDirectory), open(dataDirectory), settings);
    }
}
