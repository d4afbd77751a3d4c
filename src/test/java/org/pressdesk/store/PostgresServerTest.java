package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.testing.TestPostgres;

/** Connecting to a real PostgreSQL server: TLS with the server's name checked, the migrations, and each fault. */
class PostgresServerTest {
    private static TestPostgres server;

    @BeforeAll
    static void startServer() {
        server = TestPostgres.server();
    }

    @Test
    void connectsOverVerifiedTlsAndRunsEveryMigration() {
        ServerAddress address = server.createEmptyDatabase();
        try (Database database = Database.connect(address, server.superuser(), Database.Schema.MIGRATE)) {
            var dsl = database.dsl();
            assertThat(dsl.fetchValue("select ssl from pg_stat_ssl where pid = pg_backend_pid()")).isEqualTo(true);
            assertThat(dsl.fetchValue("select max(version::integer) from flyway_schema_history where success"))
                    .isEqualTo(SchemaVersion.LATEST);
            assertThat(dsl.fetchValue("select count(*) from information_schema.tables "
                    + "where table_schema = 'public' and table_name in ('communique', 'revision', 'audit_event')"))
                    .isEqualTo(3L);
        }
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefused(@TempDir Path folder) throws Exception {
        Path otherCa = TestPostgres.unrelatedAuthority(folder);
        ServerLogin login = new ServerLogin(TestPostgres.SUPERUSER, new char[0], otherCa);
        assertThatThrownBy(() -> Database.connect(server.address("postgres"), login, Database.Schema.CHECK))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("server.tlsFailed"));
    }

    @Test
    void aWrongPasswordIsSaidSo() {
        ServerLogin login = new ServerLogin(TestPostgres.SUPERUSER, "faux".toCharArray(), server.caFile());
        assertThatThrownBy(() -> Database.connect(server.address("postgres"), login, Database.Schema.CHECK))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("server.wrongPassword"));
    }

    @Test
    void aMissingDatabaseIsSaidSo() {
        assertThatThrownBy(() -> Database.connect(server.address("nulle_part"), server.superuser(),
                Database.Schema.CHECK)).isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("server.noSuchDatabase"));
    }

    @Test
    void anUnreachableServerIsSaidSo() {
        ServerAddress nowhere = new ServerAddress("127.0.0.1", 1, "pressdesk");
        assertThatThrownBy(() -> Database.connect(nowhere, server.superuser(), Database.Schema.CHECK))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isIn("server.unreachable", "server.tlsFailed"));
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftUntouched() {
        ServerAddress address = server.createDatabase();
        try (Database database = Database.connect(address, server.superuser(), Database.Schema.MIGRATE)) {
            database.dsl().execute("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, installed_by, execution_time, success) values (999, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 'x', 0, true)");
        }
        for (Database.Schema schema : Database.Schema.values()) {
            assertThatThrownBy(() -> Database.connect(address, server.superuser(), schema))
                    .isInstanceOfSatisfying(PressDeskException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("database.newerSchema"));
        }
    }

    @Test
    void anOlderSchemaIsNotMigratedByTheEverydayConnection() {
        ServerAddress address = server.createEmptyDatabase();
        assertThatThrownBy(() -> Database.connect(address, server.superuser(), Database.Schema.CHECK))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("server.needsMigration"));
    }

    @Test
    void aConnectionDroppedMidSessionIsSaidAndTheNextWorkReconnects() {
        ServerAddress address = server.createDatabase();
        try (Database database = Database.connect(address, server.superuser(), Database.Schema.MIGRATE)) {
            assertThat(database.inTransaction(() -> database.dsl().fetchCount(org.pressdesk.store.jooq.Tables.COMMUNIQUE))).isZero();
            server.admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + address.name() + "'");

            assertThatThrownBy(() -> database.inTransaction(() -> database.dsl().fetchCount(org.pressdesk.store.jooq.Tables.COMMUNIQUE)))
                    .isInstanceOfSatisfying(PressDeskException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("server.connectionLost"));
            assertThat(database.inTransaction(() -> database.dsl().fetchCount(org.pressdesk.store.jooq.Tables.COMMUNIQUE))).isZero();
        }
    }
}
