package org.pressdesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An administrator chooses the backup folder, saves the schedule, backs up now and restores into a new folder, all
 * by clicking; the main window's status bar warns while no checked backup exists.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsWindowTest {
    @TempDir
    static Path directory;

    private final WindowRunners runners = new WindowRunners();
    private final Deque<Path> answers = new ArrayDeque<>();
    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Optional<Path> choosePdfTarget(Window owner, String title, String filter, Path dir, String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseDirectory(Window owner, String title, Path start) {
            return Optional.ofNullable(answers.poll());
        }
    };
    private UiTestData data;
    private Path run;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        this.stage = stage;
        run = Files.createTempDirectory(directory, "run");
        data = new UiTestData(run.resolve("data"));
        data.services.communiques().create(data.editor, new CommuniqueContent("Audience", "Le Ministre a reçu.",
                Genre.AUDIENCE_REPORT, data.office.id(), "Bamako", null, "fr"));
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    @Test
    void anAdministratorBacksUpNowAndRestoresIntoANewFolder(FxRobot robot) throws Exception {
        BackupsWindow window = WaitForAsyncUtils.asyncFx(() -> {
            BackupsWindow opened = new BackupsWindow(data.services.backupSchedule(), data.services.backups(),
                    data.admin, data.messages, dialogs, stage);
            opened.show();
            return opened;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path stick = run.resolve("cle-usb");
        answers.add(stick);

        robot.clickOn("#chooseBackupFolderButton");
        robot.clickOn("#saveScheduleButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("Programme enregistré"));
        robot.clickOn("#backupNowButton");
        TableView<?> table = robot.lookup("#backupsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        assertThat(data.services.backupSchedule().plan().folder()).contains(stick);
        assertThat(message(robot)).contains("relue et vérifiée");
        answers.add(run.resolve("restaurations"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstRow(robot, table).isPresent());
        robot.clickOn(firstRow(robot, table).orElseThrow());
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(robot).contains("n’a pas changé"));
        try (var restored = Files.list(run.resolve("restaurations"))) {
            Path copy = restored.findFirst().orElseThrow();
            assertThat(copy.resolve("pressdesk.mv.db")).exists();
        }
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theStatusBarWarnsAnAdministratorWithoutABackupAndTheToolsMenuOpensTheWindow(FxRobot robot)
            throws Exception {
        var context = runners.context(data.admin, data.messages, dialogs);
        WaitForAsyncUtils.asyncFx(() -> new MainAssembly(data.services, context).mainWindow(stage).show(false)).get(40, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#backupWarning").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#backupWarning").queryAs(Label.class).getText())
                .startsWith("Aucune sauvegarde vérifiée");
        robot.clickOn("#menuTools");
        robot.clickOn("#menuBackups");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backupsView").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#backupsView").query().getScene().getWindow().hide());
    }

    /** The table's first filled row, once it is drawn. */
    private static Optional<javafx.scene.Node> firstRow(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null
                        && row.getIndex() == 0).findFirst();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#backupMessage").queryAs(Label.class).getText();
    }
}
