package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Status;
import org.pressdesk.search.SearchHit;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.archive.ImportRow;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing archives from the main window, then finding them by typing in the search tab. */
@ExtendWith(ApplicationExtension.class)
class ArchiveWindowTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private MainWindow window;
    private final WindowRunners runners = new WindowRunners();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> choosePdfTarget(Window owner, String title, String filter, Path dir, String name) {
                return Optional.empty();
            }

            @Override
            public List<Path> chooseArchives(Window owner, String title, String filterName, Path dir) {
                return List.of(ArchiveFixture.sample("bip-maeci-2026.txt"),
                        ArchiveFixture.sample("primature-2025-cp1252.txt"));
            }
        };
        UiContext context = runners.context(data.admin, data.messages, dialogs);
        window = new MainAssembly(data.services, context).mainWindow(stage);
        window.show(false);
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    @Test
    void chooseFilesUntickOneImportThenSearchAsYouType(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        // What Fichier → Importer des archives… (Ctrl+Shift+I) and a drop on the window both call.
        robot.interact(() -> window.openImport(List.of()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importAddButton").tryQuery()
                .isPresent());
        robot.clickOn("#importAddButton");
        TableView<ImportRow> rows = robot.lookup("#importTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows.getItems().size() == 5);
        assertThat(rows.getItems()).extracting(r -> r.office().get()).containsExactly("BIP/MAECI", "BIP/MAECI",
                "BIP/MAECI", "PRIMATURE", "PRIMATURE");
        assertThat(rows.getItems().get(3).notes()).contains("Signature inconnue", "PRIMATURE")
                .doesNotContain("Doublon");
        assertThat(robot.lookup("#importStatusBox").queryComboBox().getValue()).isEqualTo(Status.ARCHIVED);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#importTable .check-box").queryAll().size() >= 5);
        List<Node> ticks = List.copyOf(robot.lookup("#importTable .check-box").queryAll());
        robot.clickOn(ticks.get(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((CheckBox) ticks.get(2)).isSelected()).isFalse();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#importMessage").queryLabeled()
                .getText().contains("4 communiqué(s) importé(s)"));
        TableView<CommuniqueSummary> list = robot.lookup("#communiqueTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        assertThat(list.getItems()).allMatch(s -> s.status() == Status.ARCHIVED);
        robot.clickOn("#importCloseButton");

        Platform.runLater(() -> window.openImport(List.of(ArchiveFixture.sample("bip-maeci-2026.txt"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
        TableView<ImportRow> again = robot.lookup("#importTable").queryTableView();
        // The two imported items come back as duplicates, unticked; the one left out is still new.
        assertThat(again.getItems()).extracting(r -> r.selected().get()).containsExactly(false, false, true);
        assertThat(again.getItems().get(0).notes()).contains("Doublon");
        robot.clickOn("#importCloseButton");

        javafx.scene.control.TabPane tabs = robot.lookup("#listTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#searchField").write("ceremonie ambassad");
        ListView<SearchHit> hits = robot.lookup("#searchResults").queryListView();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> hits.getItems().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("typed '" + robot.lookup("#searchField").queryTextInputControl().getText()
                    + "', hits " + hits.getItems() + ", summary '"
                    + robot.lookup("#searchSummary").queryLabeled().getText() + "'", e);
        }
        // A search for an earlier part of the text may have answered first: the hit must stay once typing is done.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hits.getItems()).hasSize(1);
        assertThat(hits.getItems().get(0).title()).startsWith("Cérémonie de remise");
        robot.interact(() -> hits.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#titleField").queryTextInputControl()
                .getText().startsWith("Cérémonie de remise"));
    }
}
