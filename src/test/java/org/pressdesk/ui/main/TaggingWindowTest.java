package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.TagLink;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tagging in the window: a suggestion chip accepted with a click, then the list filtered by that tag. */
@ExtendWith(ApplicationExtension.class)
class TaggingWindowTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private MainWindow window;
    private Communique audience;
    private final WindowRunners runners = new WindowRunners();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        audience = create("Audience de l’Ambassadeur des Pays-Bas", "La Ministre a reçu S.E.M. Pieter DE VRIES, "
                + "Ambassadeur du Royaume des Pays-Bas. Les échanges ont porté sur l’eau potable.");
        create("Note sur la campagne agricole", "La campagne agricole s’annonce bonne.");
        UiContext context = runners.context(data.editor, data.messages,
                (owner, title, filter, dir, name) -> Optional.empty());
        window = new MainAssembly(data.services, context).mainWindow(stage);
        window.show(false);
    }

    private Communique create(String title, String body) {
        return data.services.communiques().create(data.editor, new CommuniqueContent(title, body,
                Genre.AUDIENCE_REPORT, data.office.id(), "Bamako", LocalDate.of(2026, 2, 3), "fr"));
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    @Test
    void acceptASuggestedCountryThenFilterTheListByIt(FxRobot robot) throws Exception {
        TableView<CommuniqueSummary> table = robot.lookup("#communiqueTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(s -> s.id() == audience.id()).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#accept-country-pays-bas").tryQuery().isPresent());
        assertThat(robot.lookup("#accept-person-pieter-de-vries").tryQuery()).isPresent();

        robot.clickOn("#accept-country-pays-bas");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> data.services.tagging().tagsOf(audience.id())
                .confirmed().stream().map(TagLink::name).toList().contains("Pays-Bas"));
        assertThat(robot.lookup("#remove-country-pays-bas").tryQuery()).isPresent();
        assertThat(robot.lookup("#accept-country-pays-bas").tryQuery()).isEmpty();

        robot.clickOn("#tagFilterField").write("Pays-Bas").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo(audience.id());
        assertThat(robot.lookup("#unfilter-country-pays-bas").tryQuery()).isPresent();

        robot.clickOn("#unfilter-country-pays-bas");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
    }
}
