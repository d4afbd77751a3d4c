package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The table of commands: the names the parser knows them by, and the one command a run builds. */
class CommandsTest {
    private final Cli cli = new Cli();

    @Test
    void eachCommandIsFiledUnderItsOwnName() {
        for (Class<?> command : Commands.all()) {
            String name = command.getAnnotation(Command.class).name();
            assertThat(Commands.neededFor(name)).as(name).containsExactly(command);
        }
        assertThat(Commands.all()).hasSize(34).doesNotHaveDuplicates();
    }

    @Test
    void aRunBuildsTheCommandItNamesWhereverTheRootOptionsAre() {
        assertThat(Commands.neededFor("--data", "list", "--user", "approve", "show", "12"))
                .containsExactly(ShowCommand.class);
        assertThat(Commands.neededFor("--user=show", "list", "--json")).containsExactly(ListCommand.class);
        assertThat(Commands.neededFor("export", "--all", "--out", "list")).containsExactly(ExportCommand.class);
    }

    @Test
    void withoutACommandOrWithAMistakeItBuildsThemAll() {
        List<Class<?>> all = Commands.all();
        assertThat(Commands.neededFor()).isEqualTo(all);
        assertThat(Commands.neededFor("--help")).isEqualTo(all);
        assertThat(Commands.neededFor("--data", "/srv", "lsit")).isEqualTo(all);
        assertThat(Commands.neededFor("--", "list")).isEqualTo(all);
    }

    @Test
    void aMistypedCommandIsStillToldTheNearestOne() {
        Cli.Run run = cli.run("--data", "/nonexistent/presse", "lsit");

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("list");
    }

    @Test
    void aCommandsOwnHelpStillNamesItsSubcommands() {
        Cli.Run run = cli.run("office", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("list", "add");
    }
}
