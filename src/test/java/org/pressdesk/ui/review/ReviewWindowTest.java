package org.pressdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A manager approves from the review queue; an editor gets neither the queue nor the decision. */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private UserAccount manager;
    private Communique waiting;
    private final WindowRunners runners = new WindowRunners();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        this.stage = stage;
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        manager = data.services.accounts().createAccount(data.admin, "direction", "Fatoumata Diallo", Role.MANAGER,
                UiTestData.PASSWORD.toCharArray());
        CommuniqueContent content = new CommuniqueContent(
                "Audience accordée par le Ministre des Affaires étrangères et de la Coopération internationale "
                        + "à l’Ambassadeur du Japon",
                "Le Ministre a reçu l’Ambassadeur du Japon.", Genre.AUDIENCE_REPORT, data.office.id(), "Bamako",
                null, "fr");
        waiting = data.services.communiques().create(data.editor, content);
        data.services.reviews().submit(data.editor, waiting.id());
    }

    private void open(UserAccount user) throws Exception {
        UiContext context = runners.context(user, data.messages,
                (owner, title, filter, dir, name) -> Optional.empty());
        WaitForAsyncUtils.asyncFx(() -> new MainAssembly(data.services, context).mainWindow(stage).show(false))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    @Test
    void aManagerApprovesFromTheQueue(FxRobot robot) throws Exception {
        open(manager);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#reviewQueueButton").queryButton().getText().contains("(1)"));
        robot.clickOn("#reviewQueueButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#approveButton").queryButton().isDisabled());
        assertThat(robot.lookup("#diffText").queryAs(Node.class)).isNotNull();
        // a long title wraps in the queue: no horizontal scroll bar hides its end
        assertThat(robot.lookup("#reviewQueue").queryListView().lookupAll(".scroll-bar").stream()
                .filter(bar -> bar instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL)
                .filter(Node::isVisible)).isEmpty();

        robot.clickOn("#reviewCommentText").write("Bon pour diffusion.");
        robot.clickOn("#approveButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> data.services.communiques().get(waiting.id()).status() == Status.APPROVED);
        assertThat(data.services.reviews().approvals(waiting.id())).singleElement()
                .satisfies(a -> assertThat(a.approverName()).isEqualTo("direction"));
        assertThat(data.services.reviews().comments(waiting.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Bon pour diffusion."));
    }

    @Test
    void anEditorHasNoQueueAndCannotDecide(FxRobot robot) throws Exception {
        open(data.editor);
        assertThat(robot.lookup("#reviewQueueButton").queryButton().isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#communiqueTable").queryTableView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#communiqueTable").queryTableView().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#withdrawButton").queryButton().isVisible());
        assertThat(robot.lookup("#reviewButton").queryButton().isVisible()).isFalse();

        robot.clickOn("#historyButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reviewHistory").tryQuery().isPresent()
                && !robot.lookup("#reviewHistory").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#approveButton").queryButton().isDisabled()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#approveButton").queryButton().getTooltip() != null);
        assertThat(robot.lookup("#approveButton").queryButton().getTooltip().getText())
                .as("the reason, from the service's rule").contains("Seul un responsable");
        assertThat(data.services.communiques().get(waiting.id()).status()).isEqualTo(Status.IN_REVIEW);
    }
}
