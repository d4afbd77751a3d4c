package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "À propos" shows where the data lives and, under its details, the licences of every bundled component. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private UiContext context;
    private Stage stage;
    private final FxTaskRunner runner = new FxTaskRunner("test-about");
    private final FxScheduler scheduler = new FxScheduler();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        this.stage = stage;
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        context = new UiContext(data.admin, data.messages, runner, runner, runner, scheduler, null, null);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        System.clearProperty(AboutDialog.LEGAL_DIR);
        runner.close();
        scheduler.close();
        data.close();
    }

    @Test
    void showsTheDataFolderAndTheNoticesOfTheFontsAndLibraries(FxRobot robot) throws Exception {
        DialogPane pane = open(robot);
        assertThat(pane.getContentText()).contains(data.services.dataDirectory().toString());
        robot.interact(() -> pane.setExpanded(true));
        String notices = robot.lookup("#aboutLicences").queryTextInputControl().getText();
        assertThat(notices).contains("SIL Open Font License 1.1", "com.h2database:h2", "org.openjfx:javafx-graphics");
        assertThat(robot.lookup("#aboutLegalFolder").tryQuery()).as("no installed legal folder here").isEmpty();
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void anInstalledCopySaysWhereTheFullLicenceTextsAre(FxRobot robot) throws Exception {
        Path legal = Files.createDirectories(directory.resolve("legal"));
        System.setProperty(AboutDialog.LEGAL_DIR, legal.toString());
        DialogPane pane = open(robot);
        robot.interact(() -> pane.setExpanded(true));
        assertThat(robot.lookup("#aboutLegalFolder").queryAs(Label.class).getText())
                .isEqualTo("Textes complets des licences\u00a0: " + legal);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    private DialogPane open(FxRobot robot) throws Exception {
        Platform.runLater(() -> new AboutDialog(context.messages(), data.services.dataDirectory().path(), stage)
                .show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        return robot.lookup("#aboutDialog").queryAs(DialogPane.class);
    }
}
