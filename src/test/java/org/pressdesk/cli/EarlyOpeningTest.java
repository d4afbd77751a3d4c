package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.app.AppServices;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/**
 * The database opened while the command line is parsed: only for an everyday command on an existing plain database,
 * read from the same words the parser reads, and never left open.
 */
class EarlyOpeningTest {
    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();

    @Test
    void theDataFolderIsReadBeforeOrAfterTheCommandInEitherSpelling() {
        Path data = Path.of("/srv/presse").toAbsolutePath().normalize();

        assertThat(folderOf("--data", "/srv/presse", "--user", "list", "list", "--json"))
                .contains(data);
        assertThat(folderOf("list", "--filter", "approve", "--data=/srv/presse"))
                .contains(data);
        assertThat(folderOf("--user=redaction", "approve", "12", "--data", "/srv/presse"))
                .contains(data);
        assertThat(folderOf("--user", "redaction", "show", "3"))
                .contains(DataDirectory.defaultLocation().toAbsolutePath().normalize());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--data /srv/presse init --admin a", // creates the database: opens it itself
        "--data /srv/presse restore archive.zip", "--data /srv/presse recover", "--data /srv/presse encrypt",
        "--data /srv/presse --db postgresql://hq/presse list", "--data /srv/presse list --demo",
        "--data /srv/presse list --help", "--data /srv/presse -h list", "--data /srv/presse --version",
        "--data /srv/presse", // the window
        "--data /srv/presse lsit", // the parser says which command was meant
        "--data /srv/presse --data /srv/autre list", "--data", "--data /srv/presse -- list",
    })
    void anythingElseWaitsForTheCommand(String line) {
        assertThat(folderOf(line.split(" "))).isEmpty();
    }

    @Test
    void theCommandTakesWhatWasOpenedForItsFolderAndNothingForAnother() {
        String data = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN, "--plain").code()).isZero();

        EarlyOpening opening = EarlyOpening.begin(new String[] {"--data", data, "list"}, settings(), Optional.empty())
                .orElseThrow();
        try (AppServices services = opening.take(Path.of(data), null).orElseThrow()) {
            assertThat(services.accounts().find(TestOffice.ADMIN)).isPresent();
        }
        EarlyOpening misread = EarlyOpening.begin(new String[] {"--data", data, "list"}, settings(), Optional.empty())
                .orElseThrow();
        assertThat(misread.take(tempDir.resolve("autre"), null)).isEmpty();
        EarlyOpening otherUser = EarlyOpening.begin(new String[] {"--data", data, "--user", "redaction", "list"},
                settings(), Optional.of(TestOffice.PASSWORD)).orElseThrow();
        assertThat(otherUser.take(Path.of(data), "chef")).isEmpty();
        assertThat(Path.of(data, "pressdesk.lock.db")).as("closed").doesNotExist();
    }

    @Test
    void nothingOpensEarlyWhereThereIsNoDatabaseYetNorAnEncryptedOneWithoutAPassword() {
        Path none = tempDir.resolve("rien");
        assertThat(EarlyOpening.begin(new String[] {"--data", none.toString(), "list"}, settings(), Optional.empty()))
                .isEmpty();
        assertThat(none).doesNotExist();

        String data = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN).code()).isZero();
        String[] args = {"--data", data, "--user", TestOffice.ADMIN, "list"};
        EarlyOpening noPassword = EarlyOpening.begin(args, settings(), Optional.empty()).orElseThrow();
        assertThat(noPassword.take(Path.of(data), TestOffice.ADMIN)).as("asked for, then opened").isEmpty();

        EarlyOpening unlocked = EarlyOpening.begin(args, settings(), Optional.of(TestOffice.PASSWORD)).orElseThrow();
        try (AppServices services = unlocked.take(Path.of(data), TestOffice.ADMIN).orElseThrow()) {
            assertThat(services.encrypted()).isTrue();
        }
    }

    @Test
    void aWrongPasswordForAnEncryptedDatabaseIsRefusedInTheSameWords() {
        String data = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN).code()).isZero();
        Cli wrong = new Cli().with("PRESSDESK_PASSWORD", "pas-le-bon-mot-de-passe");

        Cli.Run early = wrong.run("--data", data, "--user", TestOffice.ADMIN, "list");
        Cli.Run asked = wrong.run("--data", data, "--user", TestOffice.ADMIN, "office", "list");

        assertThat(early.code()).isEqualTo(asked.code()).isNotZero();
        assertThat(early.err()).isEqualTo(asked.err()).isNotBlank();
        assertThat(early.out()).isEmpty();
    }

    private static Optional<Path> folderOf(String... args) {
        return EarlyOpening.wordsOfEverydayCommand(args).map(EarlyOpening.Words::data);
    }

    private static AppServices.Settings settings() {
        return TestOffice.settings(new MutableClock(), new RecordingSleeper());
    }

    @Test
    void aCommandOnAPlainDatabaseWorksAndLeavesItClosed() {
        String data = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN, "--plain").code()).isZero();

        Cli.Run list = cli.run("--data", data, "--user", TestOffice.ADMIN, "list", "--json");

        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).startsWith("[ ]");
        assertThat(Path.of(data, "pressdesk.lock.db")).as("closed after the run").doesNotExist();
    }

    @Test
    void anOpeningTheCommandNeverTookIsClosedWithTheRun() {
        String data = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN, "--plain").code()).isZero();

        Cli.Run mistake = cli.run("--data", data, "--user", TestOffice.ADMIN, "list", "--no-such-option");

        assertThat(mistake.code()).isNotZero();
        assertThat(Path.of(data, "pressdesk.lock.db")).as("closed after the run").doesNotExist();
    }

    @Test
    void aFailureToOpenIsTheCommandsFailureInTheSameWords() throws Exception {
        Path data = Files.createDirectories(tempDir.resolve("data"));
        Files.write(data.resolve("pressdesk.mv.db"), new byte[] {'n', 'o', 't', ' ', 'H', '2'});

        Cli.Run early = cli.run("--data", data.toString(), "--user", TestOffice.ADMIN, "list");
        // not an everyday command: it opens the database itself, when it asks for it
        Cli.Run asked = cli.run("--data", data.toString(), "--user", TestOffice.ADMIN, "office", "list");

        assertThat(early.code()).isEqualTo(asked.code()).isNotZero();
        assertThat(early.err()).isEqualTo(asked.err()).doesNotContain("\tat ").isNotBlank();
        assertThat(early.out()).isEmpty();
    }

    @Test
    void anEncryptedDatabaseStillOpensWithThePersonsPassword() {
        String data = tempDir.resolve("data").toString();
        assertThat(cli.run("--data", data, "init", "--admin", TestOffice.ADMIN).code()).isZero();

        Cli.Run list = cli.run("--data", data, "--user", TestOffice.ADMIN, "list", "--json");

        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).startsWith("[ ]");
    }
}
