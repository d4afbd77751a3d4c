package org.pressdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.domain.ServerAddress;

class WindowArgumentsTest {

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultFolder() {
        assertEquals(Optional.of(new GuiLauncher.Start(null, null, false)), WindowArguments.parse());
    }

    @Test
    void dataUserAndDemoInAnyOrderAndEitherSpelling() {
        assertEquals(Optional.of(new GuiLauncher.Start(Path.of("/tmp/presse"), "awa", true)),
                WindowArguments.parse("--user", "awa", "--demo", "--data=/tmp/presse"));
        assertEquals(Optional.of(new GuiLauncher.Start(Path.of("d"), "awa", false)),
                WindowArguments.parse("--data", "d", "--user=awa"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "--help", "--version", "--data", "--user", "--data=", "--demo=yes", "-x",
        "--lang"})
    void anythingElseGoesToTheCommandParser(String argument) {
        assertTrue(WindowArguments.parse(argument).isEmpty(), argument);
    }

    @Test
    void aCommandAfterTheWindowOptionsGoesToTheCommandParser() {
        assertTrue(WindowArguments.parse("--data", "d", "list", "--json").isEmpty());
        assertTrue(WindowArguments.parse("--data", "d", "--data", "e").isEmpty());
        assertTrue(WindowArguments.parse("--data", "--user", "awa").isEmpty());
    }

    @Test
    void theSharedServerItsRoleAndCaOpenTheWindowToo() {
        assertEquals(Optional.of(new GuiLauncher.Start(null, "awa", false,
                ServerAddress.parse("postgresql://siege.example:5433/presse"), "pressdesk_app", Path.of("ca.crt"))),
                WindowArguments.parse("--db", "postgresql://siege.example:5433/presse", "--user", "awa",
                        "--db-user=pressdesk_app", "--db-ca", "ca.crt"));
    }

    @Test
    void aBadServerAddressOrServerOptionsWithoutAServerGoToTheCommandParser() {
        assertTrue(WindowArguments.parse("--db", "postgresql://siege/pres se").isEmpty());
        assertTrue(WindowArguments.parse("--db", "/tmp/presse").isEmpty());
        assertTrue(WindowArguments.parse("--db-ca", "ca.crt").isEmpty());
        assertTrue(WindowArguments.parse("--db-password", "secret").isEmpty());
    }
}
