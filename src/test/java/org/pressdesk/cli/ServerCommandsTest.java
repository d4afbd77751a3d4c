package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestDatabases;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.testing.TestPostgres;

/**
 * Headquarters' server set up from the command line as the README says: the roles and the database
 * ({@code server init --apply}), the schema ({@code server migrate}), an office's H2 database moved onto it
 * ({@code server copy}), then used by a desktop with the everyday role, which cannot change the schema or the
 * audit trail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerCommandsTest {
    private static final String OWNER_PASSWORD = "proprietaire-1";
    private static final String APP_PASSWORD = "poste-de-travail-1";
    private static TestPostgres server;
    private static String url;
    private static String owner;
    private static String app;

    @TempDir
    static Path tempDir;

    @BeforeAll
    static void setUpTheServer() {
        // The copy's source is an office's H2 file: this class belongs to the default run only.
        Assumptions.assumeFalse(TestDatabases.onPostgres(), "runs once, in the default run");
        server = TestPostgres.server();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        url = "postgresql://localhost:" + server.port() + "/hq" + suffix;
        owner = "hq_owner_" + suffix;
        app = "hq_app_" + suffix;
        Cli.Run init = admin().with("PRESSDESK_OWNER_PASSWORD", OWNER_PASSWORD)
                .with("PRESSDESK_APP_PASSWORD", APP_PASSWORD)
                .run("server", "init", "--apply", "--db", url, "--db-user", "postgres", "--db-ca", ca(),
                        "--owner", owner, "--app-role", app);
        assertThat(init.code()).as(init.toString()).isZero();
        Cli.Run migrate = new Cli().with("PRESSDESK_DB_PASSWORD", OWNER_PASSWORD)
                .run("server", "migrate", "--db", url, "--db-user", owner, "--db-ca", ca(), "--owner", owner,
                        "--app-role", app);
        assertThat(migrate.code()).as(migrate.toString()).isZero();
    }

    private static Cli admin() {
        return new Cli().with("PRESSDESK_DB_PASSWORD", new String(superuserPassword()));
    }

    private static char[] superuserPassword() {
        return server.superuserPassword();
    }

    private static String ca() {
        return server.caFile().toString();
    }

    @Test
    @Order(1)
    void initWithoutApplyOnlyPrintsTheSql() {
        Cli.Run run = new Cli().run("server", "init", "--db", "postgresql://siege.example/presse");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("create role pressdesk_owner login;", "create role pressdesk_app login;",
                "create database presse owner pressdesk_owner", "\\password pressdesk_app");
    }

    @Test
    @Order(2)
    void anOfficeIsCopiedOntoTheServerAndVerified() {
        Path data = tempDir.resolve("bureau");
        try (TestOffice office = TestOffice.open(data)) {
            office.services().communiques().create(office.admin(), office.content("Audience", "Le Ministre…"));
        }

        Cli.Run copy = new Cli().with("PRESSDESK_DB_PASSWORD", OWNER_PASSWORD).run("server", "copy", "--from",
                data.resolve("data").toString(), "--to", url, "--db-user", owner, "--db-ca", ca(), "--owner", owner,
                "--app-role", app);

        assertThat(copy.code()).as(copy.toString()).isZero();
        assertThat(copy.out()).contains("Copie vérifiée", "Journal d’audit intact");
    }

    @Test
    @Order(3)
    void aSecondCopyIntoTheNowFilledDatabaseIsRefused() {
        Path data = tempDir.resolve("autre");
        try (TestOffice office = TestOffice.open(data)) {
            office.services().communiques().create(office.admin(), office.content("Autre", "Texte"));
        }

        Cli.Run copy = new Cli().with("PRESSDESK_DB_PASSWORD", OWNER_PASSWORD).run("server", "copy", "--from",
                data.resolve("data").toString(), "--to", url, "--db-user", owner, "--db-ca", ca(), "--owner", owner,
                "--app-role", app);

        assertThat(copy.code()).as(copy.toString()).isNotZero();
        assertThat(copy.err()).contains("contient déjà des données");
    }

    @Test
    @Order(4)
    void aDesktopWorksOnTheServerWithTheEverydayRole() throws java.io.IOException {
        Path body = java.nio.file.Files.writeString(tempDir.resolve("corps.txt"), "Communiqué du Conseil.");
        Cli desktop = new Cli().with("PRESSDESK_DB_PASSWORD", APP_PASSWORD);
        String local = tempDir.resolve("poste").toString();

        Cli.Run created = desktop.run("--db", url, "--db-user", app, "--db-ca", ca(), "--data", local,
                "--user", TestOffice.ADMIN, "new", "--title", "Conseil des ministres", "--body-file",
                body.toString());
        Cli.Run list = desktop.run("--db", url, "--db-user", app, "--db-ca", ca(), "--data", local,
                "--user", TestOffice.ADMIN, "list");
        Cli.Run audit = desktop.run("--db", url, "--db-user", app, "--db-ca", ca(), "--data", local,
                "--user", TestOffice.ADMIN, "audit", "verify");

        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(list.out()).contains("Audience", "Conseil des ministres");
        assertThat(audit.code()).as(audit.toString()).isZero();
    }

    @Test
    @Order(5)
    void theEverydayRoleCannotChangeTheSchemaNorTheAuditTrail() {
        ServerLogin everyday = new ServerLogin(app, APP_PASSWORD.toCharArray(), server.caFile());
        try (Database database = Database.connect(ServerAddress.parse(url), everyday, Database.Schema.CHECK)) {
            var sql = database.dsl();
            assertThat(sql.fetchCount(org.pressdesk.store.jooq.Tables.AUDIT_EVENT)).isPositive();
            for (String forbidden : new String[] {"drop table communique", "alter table communique add column x int",
                "create table intrus (id int)", "update audit_event set detail = 'falsifié'",
                "delete from audit_event", "truncate audit_event",
                "delete from flyway_schema_history"}) {
                assertThatThrownBy(() -> sql.execute(forbidden)).as(forbidden)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
    }

    @Test
    @Order(6)
    void theEverydayRoleCannotMigrateAndAWrongPasswordChangesNothing() {
        Cli.Run wrong = new Cli().with("PRESSDESK_DB_PASSWORD", "faux").run("--db", url, "--db-user", app,
                "--db-ca", ca(), "--user", TestOffice.ADMIN, "list");

        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("mot de passe incorrect");
    }
}
