package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ArchiveFixture;
import org.jooq.impl.DSL;
import org.pressdesk.i18n.Messages;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestDatabases;

/**
 * An import the database refuses half-way (here a constraint added for the test rejects one title) fails through the
 * real command with one clear sentence: the statement jOOQ and H2 quote in their messages, with the texts of the
 * communiqués, never reaches the terminal, and nothing of the import is kept.
 */
class ImportFailureTest {
    @TempDir
    Path directory;

    @Test
    void aRefusedImportSaysSoWithoutPrintingSqlAndKeepsNothing() {
        Path data = directory.resolve("data");
        try (ArchiveFixture fixture = new ArchiveFixture(data)) {
            fixture.services.database().dsl().execute(
                    "alter table communique add constraint refused_in_test check (title not like 'Cérémonie%')");
        }
        String bip = ArchiveFixture.sample("bip-maeci-2026.txt").toString();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err),
                Map.of("PRESSDESK_PASSWORD", new String(ArchiveFixture.PASSWORD)), question -> Optional.empty());
        int code = new CommandLineApp(terminal, Messages.forLocale(Locale.FRENCH),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }), start -> 3)
                .run("--data", data.toString(), "--user", "admin", "import", bip);

        assertThat(code).isEqualTo(CommandLineApp.FAILED);
        assertThat(err.toString()).contains("La base de données a refusé l’opération")
                .doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("select")
                .doesNotContain("Cérémonie").doesNotContain("REFUSED_IN_TEST");
        try (Database database = TestDatabases.open(data)) {
            assertThat(database.dsl().fetchCount(DSL.table("communique"))).as("all or nothing").isZero();
        }
    }
}
