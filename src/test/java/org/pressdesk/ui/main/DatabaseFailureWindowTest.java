package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.BodyArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save the real database refuses (a check constraint added for the test rejects the title) is told in the window
 * as the command line tells it: one translated sentence with the SQL state, never the statement jOOQ and H2 quote
 * (with the communiqué's text), and the text typed stays in the editor.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseFailureWindowTest {
    @TempDir
    static Path directory;

    private static UiTestData data;
    private final WindowRunners runners = new WindowRunners();

    /**
     * The data folder is made before the window (off the JavaFX thread, whose set-up has a time limit, raised here
     * for a loaded machine: building the first main window of the JVM loads most of the program's classes).
     */
    @BeforeAll
    static void prepare() throws Exception {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        data.services.database().dsl().execute(
                "alter table communique add constraint refused_in_test check (title not like 'Refusé%')");
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
        UiContext context = runners.context(data.editor, data.messages,
                (owner, title, filter, dir, name) -> Optional.empty());
        new MainAssembly(data.services, context).mainWindow(stage).show(false);
    }

    @AfterEach
    void close() {
        runners.close();
    }

    @AfterAll
    static void closeData() {
        data.close();
    }

    @Test
    void aSaveTheDatabaseRefusesIsToldWithoutSql(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        robot.clickOn("#titleField").write("Refusé par la base");
        robot.clickOn("#bodyArea").write("Un texte que la base refuse, avec son titre.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> status.getText() != null && status.getText().contains("La base de données a refusé"));
        assertThat(status.getText()).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("select")
                .doesNotContain("REFUSED_IN_TEST").doesNotContain("Un texte que la base refuse");
        assertThat(robot.lookup("#bodyArea").queryAs(BodyArea.class).getText())
                .isEqualTo("Un texte que la base refuse, avec son titre.");
        assertThat(data.services.communiques().count("")).isZero();
    }
}
