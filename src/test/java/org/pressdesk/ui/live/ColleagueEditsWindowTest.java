package org.pressdesk.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.editor.BodyArea;
import org.pressdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two programs on one database (the window, and a colleague's services on the same data folder, as a second
 * process would be): what the colleague saves reaches the open editor within two seconds, and unsaved text is kept.
 */
@ExtendWith(ApplicationExtension.class)
class ColleagueEditsWindowTest {
    /** The promise is two seconds; a loaded shared test machine gets more. */
    private static final int SECONDS = 10;

    @TempDir
    static Path directory;

    private UiTestData data;
    private AppServices colleague;
    private MainWindow window;
    private Communique opened;
    private final WindowRunners runners = new WindowRunners();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        Path folder = Files.createTempDirectory(directory, "run").resolve("data");
        data = new UiTestData(folder);
        colleague = AppServices.open(DataDirectory.prepare(folder),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), duration -> { }));
        opened = data.services.communiques().create(data.editor, content("Audience", "Premier texte."));
        window = new MainAssembly(data.services, runners.context(data.editor, data.messages,
                (owner, title, filter, dir, name) -> Optional.empty())).mainWindow(stage);
        window.show(false);
    }

    @AfterEach
    void close() {
        runners.close();
        colleague.close();
        data.close();
    }

    private CommuniqueContent content(String title, String body) {
        return new CommuniqueContent(title, body, Genre.PRESS_RELEASE, data.office.id(), "Bamako",
                LocalDate.of(2026, 12, 3), "fr");
    }

    private void colleagueSaves(String title) {
        Communique stored = colleague.communiques().get(opened.id());
        colleague.communiques().save(data.admin, stored.id(), stored.version(), content(title, "Relu par Awa."));
    }

    @Test
    void aColleaguesSaveReachesTheOpenEditorAndUnsavedTextIsKept(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#officeBox").queryComboBox().getValue() != null));
        robot.interact(() -> window.model().editor().open(opened.id()));
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> onFx(() -> "Audience".equals(title(robot))));

        colleagueSaves("Audience du Ministre");
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS,
                () -> onFx(() -> "Audience du Ministre".equals(title(robot))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText()))
                .contains("Révision 2").contains("Awa Sangaré");

        robot.clickOn("#bodyArea").write(" Ajout en cours");
        colleagueSaves("Audience du Ministre des Affaires étrangères");
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#colleagueBanner").query().isVisible()));
        assertThat(onFx(() -> robot.lookup("#colleagueNotice").queryLabeled().getText()))
                .startsWith("Modifié par Awa Sangaré");
        assertThat(onFx(() -> robot.lookup("#bodyArea").queryAs(BodyArea.class).getText())).endsWith("Ajout en cours");
        assertThat(onFx(() -> title(robot))).isEqualTo("Audience du Ministre");

        robot.clickOn("#colleagueChoose");
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#conflictDialog").tryQuery().isPresent()));
        assertThat(onFx(() -> robot.lookup("#conflictDialog").queryAs(javafx.scene.control.DialogPane.class)
                .getContentText())).as("the colleague is named as people know them")
                .startsWith("Awa Sangaré a enregistré la révision");
        robot.clickOn(data.messages.get("conflict.keepMine"));
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS,
                () -> colleague.communiques().revisions(opened.id()).size() == 4);
        assertThat(colleague.communiques().get(opened.id()).content().body()).endsWith("Ajout en cours");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup("#colleagueBanner").query().isVisible())).isFalse();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#titleField").queryTextInputControl().getText();
    }

    /**
     * Reads the window on the JavaFX thread: the window keeps changing as a colleague's saves arrive, and a lookup
     * from the test's thread could walk a list of children while the JavaFX thread changes it (it failed once so,
     * with an IndexOutOfBoundsException in Parent.lookupAll).
     */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(SECONDS, TimeUnit.SECONDS);
    }
}
