package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.app.GuiLauncher;

/** Help, version and the window: none of them opens the database. */
class CommandLineHelpTest {
    @TempDir
    Path tempDir;

    private final Cli cli = new Cli();

    @Test
    void helpListsTheCommandsAndTheCommonOptions() {
        Path data = tempDir.resolve("jamais-cree");

        Cli.Run run = cli.run("--data", data.toString(), "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage", "--data", "--user", "init", "new", "list", "show", "export",
                "user", "audit");
        assertThat(run.err()).isEmpty();
        assertThat(data).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "new    | --title    | --body-file | --date",
        "export | --out      | --all       | ID",
        "init   | --admin    | --office    | --time-zone",
    })
    void eachCommandHasItsOwnHelp(String command, String first, String second, String third) {
        Cli.Run run = cli.run(command, "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage", command, first, second, third);
    }

    @Test
    void everyCommandInTheListSaysWhatItDoesNotWhatTheProgramDoesWithoutOne() {
        String program = java.util.ResourceBundle.getBundle("org.pressdesk.i18n.cli", java.util.Locale.ROOT)
                .getString("usage.description");
        Cli.Run run = cli.run("--help");

        assertThat(run.out()).contains("tags", "suggest", "search", "import");
        // The program's own description once, at the top; a command without its own would repeat it.
        assertThat(run.out().split(java.util.regex.Pattern.quote(program), -1)).hasSize(2);
    }

    @Test
    void versionNamesTheProgram() {
        Cli.Run run = cli.run("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("PressDesk ");
    }

    @Test
    void withoutACommandTheWindowOpensWithTheGivenOptions() {
        Path data = tempDir.resolve("d");

        Cli.Run run = cli.run("--data", data.toString(), "--user", "awa");

        assertThat(run.code()).isZero();
        assertThat(cli.windowsOpened()).containsExactly(new GuiLauncher.Start(data, "awa", false));
    }

    @ParameterizedTest
    @CsvSource({"frobnicate", "--nope", "list --nope"})
    void aMistypedCommandLineIsAUsageErrorWithoutAStackTrace(String line) {
        Cli.Run run = cli.run(line.split(" "));

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).isNotEmpty().doesNotContain("Exception", "at org.", "\tat ");
        assertThat(cli.windowsOpened()).isEmpty();
    }
}
