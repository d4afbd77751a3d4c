package org.pressdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.testing.TestPostgres;

/** The window's opening on the shared server: the sign-in's services, or the fault the server form shows. */
class ServerOpeningTest {
    private static TestPostgres server;
    @TempDir
    Path directory;

    @BeforeAll
    static void startServer() {
        server = TestPostgres.server();
    }

    @Test
    void opensTheServerAndKeepsOnlyThisMachinesFilesLocally() throws Exception {
        Path data = directory.resolve("data");
        ServerAddress address = server.createDatabase();
        Opening opening = Opening.ofServer(data, address, server.superuser(), UiTestData.settings());
        opening.begin();
        Opening.Opened opened = opening.opened().get(60, TimeUnit.SECONDS);
        try (AppServices services = opening.prepared().get(60, TimeUnit.SECONDS)) {
            assertThat(opened.hasAccounts()).isFalse();
            assertThat(services.server()).contains(address);
            assertThat(Files.exists(data.resolve("pressdesk.mv.db"))).isFalse();
        }
    }

    @Test
    void aRefusedPasswordCompletesTheOpeningWithTheServersMessage() {
        Opening opening = Opening.ofServer(directory.resolve("data"), server.createDatabase(),
                new ServerLogin(TestPostgres.SUPERUSER, "faux".toCharArray(), server.caFile()),
                UiTestData.settings());
        opening.begin();
        try {
            opening.opened().get(60, TimeUnit.SECONDS);
            throw new AssertionError("opened with a wrong password");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOfSatisfying(PressDeskException.class,
                    known -> assertThat(known.messageKey()).isEqualTo("server.wrongPassword"));
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
