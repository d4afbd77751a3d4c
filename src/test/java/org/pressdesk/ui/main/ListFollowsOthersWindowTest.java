package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Genre;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window's list follows what someone else saved on the same data folder (another window, another process, the
 * command line; here a second set of services on the same folder, as a second process would be), without F5: the
 * embedded database's change sequence is polled every second.
 */
@ExtendWith(ApplicationExtension.class)
class ListFollowsOthersWindowTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private AppServices colleague;
    private final WindowRunners runners = new WindowRunners();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        Path folder = Files.createTempDirectory(directory, "run").resolve("data");
        data = new UiTestData(folder);
        colleague = AppServices.open(DataDirectory.prepare(folder),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), duration -> { }));
        new MainAssembly(data.services, runners.context(data.admin, data.messages,
                (o, t, f, d, n) -> Optional.empty())).mainWindow(stage).show(false);
    }

    @AfterEach
    void close() {
        runners.close();
        colleague.close();
        data.close();
    }

    @Test
    void aCommuniqueSavedElsewhereAppearsInTheOpenList(FxRobot robot) throws Exception {
        TableView<CommuniqueSummary> table = robot.lookup("#communiqueTable").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(table.getItems()))
                .get(5, TimeUnit.SECONDS))
                .noneMatch(row -> row != null && row.title().equals("Visite du Premier ministre"));

        colleague.communiques().create(data.editor, new CommuniqueContent("Visite du Premier ministre",
                "Texte.", Genre.PRESS_RELEASE, data.office.id(), "Bamako", LocalDate.of(2026, 2, 3), "fr"));

        // the rows are read on the JavaFX thread, which replaces them as the colleague's change arrives
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> table.getItems()
                .stream().anyMatch(row -> row != null && "Visite du Premier ministre".equals(row.title())))
                .get(5, TimeUnit.SECONDS));
    }
}
