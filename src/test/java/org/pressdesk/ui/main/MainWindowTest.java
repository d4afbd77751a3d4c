package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.BodyArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven like a user would: write, save, find it in the list, export. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private MainWindow window;
    private final WindowRunners runners = new WindowRunners();
    private Path exportTarget;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        Path base = Files.createTempDirectory(directory, "run");
        data = new UiTestData(base.resolve("data"));
        exportTarget = base.resolve("exports").resolve("audience.pdf");
        UiContext context = runners.context(data.editor, data.messages,
                (owner, title, filter, dir, name) -> Optional.of(exportTarget));
        window = new MainAssembly(data.services, context).mainWindow(stage);
        window.show(false);
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    /** The window loads its offices and an empty draft in the background; wait for it as a user would. */
    private static void waitUntilReady(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void writeSaveFindAndExportACommunique(FxRobot robot) throws Exception {
        waitUntilReady(robot);
        assertThat(window.stage().getTitle()).startsWith("PressDesk");
        robot.clickOn("#titleField").write("Audience du Ministre");
        robot.clickOn("#bodyArea").write("Le Ministre a recu en audience l'Ambassadeur.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        TableView<CommuniqueSummary> table = robot.lookup("#communiqueTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).title()).isEqualTo("Audience du Ministre");
        assertThat(window.stage().getTitle()).isEqualTo("PressDesk – Audience du Ministre – redaction");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("inconnu");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("ministre");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(exportTarget));
        try (PDDocument pdf = Loader.loadPDF(exportTarget.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Audience du Ministre");
        }
    }

    @Test
    void savingWithoutATitleKeepsTheTextAndSaysWhy(FxRobot robot) throws Exception {
        waitUntilReady(robot);
        robot.clickOn("#bodyArea").write("Texte sans titre");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains("titre est obligatoire");
        assertThat(robot.lookup("#bodyArea").queryAs(BodyArea.class).getText()).isEqualTo("Texte sans titre");
        assertThat(data.services.communiques().count("")).isZero();
    }
}
