package org.pressdesk.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestPostgres;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on the shared server while the server is stopped and started again for real (pg_ctl): the
 * status bar says the server no longer answers and that the text is kept, the typed text stays in the editor, and
 * once the server is back the status bar says so, without restarting anything.
 */
@ExtendWith(ApplicationExtension.class)
class ServerOutageWindowTest {
    @TempDir
    static Path directory;

    private final WindowRunners runners = new WindowRunners();
    private UiTestData data;

    /** Started before the toolkit's set-up, which gives the window a few seconds only. */
    @BeforeAll
    static void startServer() {
        TestPostgres.server();
    }

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = UiTestData.onServer(Files.createTempDirectory(directory, "run").resolve("data"));
        UiContext context = runners.context(data.editor, data.messages, (o, t, f, d, n) -> Optional.empty());
        new MainAssembly(data.services, context).mainWindow(stage).show(false);
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    @Test
    void theStatusBarSaysWhenTheServerGoesAndWhenItIsBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        Label status = robot.lookup("#serverStatus").queryAs(Label.class);
        assertThat(status.isVisible()).isFalse();
        robot.clickOn("#titleField").write("Audience au siege");

        TestPostgres server = TestPostgres.server();
        server.stopForAWhile();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.isVisible());
            assertThat(status.getText()).contains("ne répond plus").contains("gardé");
            assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo("Audience au siege");
        } finally {
            server.startAgain();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().contains("rétablie"));
        assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo("Audience au siege");
    }
}
