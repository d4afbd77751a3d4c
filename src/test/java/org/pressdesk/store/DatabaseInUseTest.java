package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.cli.CommandLineApp;
import org.pressdesk.cli.Terminal;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.ChildJvm;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

class DatabaseInUseTest {

    @TempDir
    Path tempDir;

    @Test
    void aDatabaseHeldByAnotherProgramIsReportedAsInUseWithoutAStackTrace() throws Exception {
        Path data;
        try (TestOffice office = TestOffice.open(tempDir)) {
            data = office.dataDirectory();
        }
        DataDirectory directory = DataDirectory.prepare(data);
        // Told once the wait for the folder is over: 2 s here instead of the 30 s a user waits.
        System.setProperty(SharedFileWait.PATIENCE_PROPERTY, "2");

        try (ChildJvm holder = ChildJvm.start(HoldDatabaseOpen.class, directory.databaseBase().toString())) {
            holder.awaitLine("ready", Duration.ofSeconds(30));

            assertThatThrownBy(() -> Database.open(directory))
                    .isInstanceOfSatisfying(PressDeskException.class, failure -> {
                        assertThat(failure.messageKey()).isEqualTo("database.inUse");
                        assertThat(failure.arguments()).containsExactly(directory.toString());
                        assertThat(Messages.french().describe(failure))
                                .contains(directory.toString()).doesNotContain("Exception", "at org.");
                    });

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err),
                    Map.of("PRESSDESK_PASSWORD", TestOffice.PASSWORD), question -> Optional.empty());
            int code = new CommandLineApp(terminal, Messages.forLocale(Locale.FRENCH),
                    TestOffice.settings(new MutableClock(), new RecordingSleeper()), start -> 99)
                    .run("--data", data.toString(), "--user", TestOffice.ADMIN, "list");

            assertThat(code).isEqualTo(CommandLineApp.FAILED);
            assertThat(err.toString()).contains("déjà utilisée par un autre programme")
                    .doesNotContain("Exception", "at org.", "\tat ");
            assertThat(out.toString()).isEmpty();
        } finally {
            System.clearProperty(SharedFileWait.PATIENCE_PROPERTY);
        }

        try (Database reopened = Database.open(directory)) {
            assertThat(reopened.dsl().fetchCount(Tables.USER_ACCOUNT)).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseOpenInAnotherPressDeskIsSharedAndWhatWasWrittenOutlivesThatProcess() throws Exception {
        TestOffice office = TestOffice.open(tempDir);
        office.close();
        long written;

        try (ChildJvm window = ChildJvm.start(HoldPressDeskOpen.class, office.dataDirectory().toString())) {
            window.awaitLine("ready", Duration.ofSeconds(30));
            try (AppServices commandLine = office.reopen()) {
                written = commandLine.communiques().create(office.admin(),
                        office.content("Écrit pendant que la fenêtre est ouverte", "Texte.")).id();
            }
        }

        try (AppServices afterwards = office.reopen()) {
            assertThat(afterwards.communiques().get(written).title())
                    .isEqualTo("Écrit pendant que la fenêtre est ouverte");
            assertThat(afterwards.auditVerifier().verify().intact()).isTrue();
        }
    }
}
