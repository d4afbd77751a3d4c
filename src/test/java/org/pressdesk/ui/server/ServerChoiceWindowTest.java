package org.pressdesk.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.HeadquartersServer;
import org.pressdesk.app.RememberedServer;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.local.LocalSecrets;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.testing.TestPostgres;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The *Se connecter à un serveur…* form, driven through its controls against a real PostgreSQL server over verified
 * TLS: a wrong password and an un-migrated database are said plainly, a good test says so, and *Se connecter* hands
 * over the connection and remembers the server with its password sealed (never in the preferences in clear).
 */
@ExtendWith(ApplicationExtension.class)
class ServerChoiceWindowTest {
    private static TestPostgres server;
    @TempDir
    static Path directory;

    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final FxTaskRunner runner = new FxTaskRunner("server-test");
    private final AtomicReference<ServerFormViewModel.Connection> connected = new AtomicReference<>();
    private Path data;
    private Path keyFile;

    @BeforeAll
    static void startServer() {
        server = TestPostgres.server();
    }

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        Path run = Files.createTempDirectory(directory, "run");
        data = Files.createDirectories(run.resolve("data"));
        keyFile = run.resolve("config/pressdesk/server-password.key");
        ServerFormViewModel model = new ServerFormViewModel(HeadquartersServer::check, remembered(), runner,
                messages);
        stage.setScene(new Scene(new ServerFormView(model, messages, connected::set, () -> { }), 720, 640));
        stage.show();
    }

    private RememberedServer remembered() {
        return new RememberedServer(LocalPreferences.load(data), new LocalSecrets(keyFile));
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void testsTheServerSaysWhatIsWrongThenConnectsAndRemembersIt(FxRobot robot) throws Exception {
        ServerAddress empty = server.createEmptyDatabase();
        fill(robot, empty);
        robot.clickOn("#serverPassword").write("pas-le-bon");
        robot.clickOn("#serverTest");
        assertThat(result(robot)).contains("mot de passe incorrect");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#serverPassword").queryTextInputControl()
                .setText(new String(server.superuserPassword()))).get(5, TimeUnit.SECONDS);
        robot.clickOn("#serverTest");
        assertThat(result(robot)).contains("server migrate");

        ServerAddress migrated = server.createDatabase();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#serverDatabase").queryTextInputControl()
                .setText(migrated.name())).get(5, TimeUnit.SECONDS);
        robot.clickOn("#serverTest");
        assertThat(result(robot)).startsWith("Connexion réussie");
        assertThat(remembered().saved()).isEmpty();

        robot.clickOn("#serverConnect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> connected.get() != null);
        assertThat(connected.get().address()).isEqualTo(migrated);
        RememberedServer.Saved saved = remembered().saved().orElseThrow();
        assertThat(saved.address()).isEqualTo(migrated);
        assertThat(new String(saved.password().orElseThrow())).isEqualTo(new String(server.superuserPassword()));
        assertThat(Files.readString(data.resolve("preferences.properties"), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(server.superuserPassword()));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        // the next start's choice: the remembered server, its password at hand, nothing asked
        assertThat(ServerChoice.at(new org.pressdesk.app.GuiLauncher.Start(null, null, false), remembered().saved(),
                null).orElseThrow().connection()).isPresent();
    }

    private void fill(FxRobot robot, ServerAddress address) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#serverHost").queryTextInputControl().setText(address.host());
            robot.lookup("#serverPort").queryTextInputControl().setText(String.valueOf(address.port()));
            robot.lookup("#serverDatabase").queryTextInputControl().setText(address.name());
            robot.lookup("#serverUser").queryTextInputControl().setText(TestPostgres.SUPERUSER);
            robot.lookup("#serverCaFile").queryTextInputControl().setText(server.caFile().toString());
        }).get(5, TimeUnit.SECONDS);
    }

    /** The result line once the background test is over. */
    private static String result(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#serverTest").query().isDisabled()
                && !robot.lookup("#serverResult").queryAs(Label.class).getText().startsWith("Connexion au serveur…"));
        return robot.lookup("#serverResult").queryAs(Label.class).getText();
    }
}
