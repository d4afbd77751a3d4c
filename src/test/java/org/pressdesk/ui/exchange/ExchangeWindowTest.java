package org.pressdesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.exchange.InstallationService;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UnsavedQuestion;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headquarters and a field office, each its own data folder: Fichier → Échanges… adds the field office from its
 * certificate file, sends it a file, the field office receives it through the preview; then a conflict is resolved
 * side by side from the list.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {
    private static final long WAIT = 30;

    @TempDir
    static Path directory;

    private Path root;
    private Side hq;
    private Side field;
    private Stage stage;
    private final WindowRunners runners = new WindowRunners();
    private final Deque<Path> toOpen = new ArrayDeque<>();
    private final Deque<Path> toSave = new ArrayDeque<>();
    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Optional<Path> choosePdfTarget(Window owner, String title, String filter, Path dir, String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToOpen(Window owner, String title, String filterName, String... patterns) {
            return Optional.ofNullable(toOpen.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(Window owner, String title, String filterName, String pattern,
                String name) {
            return Optional.ofNullable(toSave.poll());
        }
    };

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
    }

    /** The two installations, made on the test's thread (the toolkit's is for the windows). */
    @BeforeEach
    void open() throws Exception {
        root = Files.createTempDirectory(directory, "run");
        hq = new Side(root, "siege", true);
        field = new Side(root, "kayes", false);
        // built here, as the program builds them before its main window
        hq.services.search();
        hq.services.pdfExport();
    }

    @AfterEach
    void close() {
        runners.close();
        hq.close();
        field.close();
    }

    private void openMainWindow(FxRobot robot) throws Exception {
        UiContext context = runners.context(hq.admin, hq.messages, dialogs);
        WaitForAsyncUtils.asyncFx(() -> new MainAssembly(hq.services, context).mainWindow(stage).show(false)).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> !robot.lookup("#communiqueTable").queryTableView().getItems().isEmpty());
    }

    @Test
    void addsAPeerFromItsCertificateSendsItAFileAndThePeerReceivesItThroughThePreview(FxRobot robot)
            throws Exception {
        Path certificate = root.resolve("kayes.pem");
        Files.write(certificate, field.services.installation().certificateFile());
        field.trust(hq);
        hq.write("Visite du ministre à Kayes", "Le ministre visitera Kayes lundi.");
        openMainWindow(robot);

        robot.clickOn("Fichier").clickOn("Échanges…");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#identityFingerprint").tryQuery()
                .map(n -> !((Labeled) n).getText().isEmpty()).orElse(false));
        toOpen.add(certificate);
        robot.clickOn("#addPeerButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#candidateFingerprint").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#candidateFingerprint").queryLabeled().getText().replace('\n', ' ')).isEqualTo(
                InstallationService.readable(field.services.installation().requireIdentity().fingerprint()));
        robot.clickOn("#confirmAddPeerButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#peerTable").queryTableView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#peerTable").queryTableView().getSelectionModel().select(0));
        assertThat(robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("1 communiqué(s)")).tryQuery()).isPresent();

        Path sent = root.resolve("envoi-kayes.pdx");
        toSave.add(sent);
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#exchangePassword").tryQuery()
                .isPresent());
        robot.clickOn("#exchangePassword").write(Side.KEY);
        robot.clickOn("#signAndWriteButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#exchangeMessage").queryLabeled()
                .getText().startsWith("Envoi écrit"));
        assertThat(sent).isNotEmptyFile();
        robot.interact(() -> robot.lookup("#exchangeWindow").query().getScene().getWindow().hide());

        UiContext atField = runners.context(field.admin, field.messages, dialogs);
        robot.interact(() -> new ExchangeWindow(atField, exchangeServices(field), stage, () -> { }).show());
        toOpen.add(sent);
        robot.clickOn("#receiveButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#previewPane").query().isVisible());
        assertThat(robot.lookup("#previewTable").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("Visite du ministre à Kayes").tryQuery()).isPresent();
        assertThat(field.services.communiques().count("")).isZero();

        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> field.services.communiques().count("") == 1);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !robot.lookup("#previewPane").query().isVisible());
    }

    @Test
    void aManagerResolvesAConflictSideBySideFromTheList(FxRobot robot) throws Exception {
        hq.trust(field);
        field.trust(hq);
        Communique inConflict = Side.conflictBetween(hq, field, root);
        openMainWindow(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(".conflict-badge").tryQuery()
                .isPresent());

        TableView<?> list = robot.lookup("#communiqueTable").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        // the context menu a right click opens (Monocle's robot sends no context-menu request of its own)
        robot.interact(() -> list.getContextMenu().show(list, javafx.geometry.Side.BOTTOM, 0, -200));
        robot.clickOn("Résoudre le conflit…");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#keepRemoteButton").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        assertThat(marked(robot, "#localText")).containsExactly("mardi");
        assertThat(marked(robot, "#remoteText")).containsExactly("lundi avec le gouverneur");

        robot.clickOn("#keepRemoteButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> !hq.services.conflicts().inConflict(inConflict.id()));
        assertThat(hq.services.communiques().get(inConflict.id()).content().body())
                .isEqualTo("Le ministre visitera Kayes lundi avec le gouverneur.");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(".conflict-badge").tryQuery()
                .isEmpty());
        assertThat(robot.lookup("#conflictMessage").queryAs(Label.class).getText()).contains("résolu");
    }

    @Test
    void closingTheConflictWindowWithAMergeTypedButNotSavedAsksFirst(FxRobot robot) throws Exception {
        hq.trust(field);
        field.trust(hq);
        Communique inConflict = Side.conflictBetween(hq, field, root);
        robot.interact(() -> new ConflictWindow(runners.context(hq.admin, hq.messages, dialogs),
                hq.services.conflicts(), stage, () -> { }).show(inConflict.id()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#keepRemoteButton").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#mergedBody").write(" Fusionné à la main.");
        Window conflict = robot.lookup("#mergedBody").query().getScene().getWindow();

        UnsavedQuestion.closing(robot, conflict, "conflictUnsavedDialog");
        robot.clickOn(UnsavedQuestion.button(robot, "conflictUnsavedDialog", hq.messages.get("unsaved.cancel")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(conflict.isShowing()).isTrue();
        assertThat(robot.lookup("#mergedBody").queryTextInputControl().getText()).contains("Fusionné à la main.");

        UnsavedQuestion.closing(robot, conflict, "conflictUnsavedDialog");
        robot.clickOn(UnsavedQuestion.button(robot, "conflictUnsavedDialog", hq.messages.get("unsaved.save")));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> !hq.services.conflicts().inConflict(inConflict.id()));
        assertThat(hq.services.communiques().get(inConflict.id()).content().body()).contains("Fusionné à la main.");
        robot.interact(() -> conflict.fireEvent(new javafx.stage.WindowEvent(conflict,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !conflict.isShowing());
    }

    /** The words a side of the conflict window marks (struck through or underlined). */
    private static java.util.List<String> marked(FxRobot robot, String id) {
        TextFlow flow = robot.lookup(id).queryAs(TextFlow.class);
        return flow.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.isStrikethrough() || t.isUnderline()).map(Text::getText).toList();
    }

    private static ExchangeViewModel.Services exchangeServices(Side side) {
        return new ExchangeViewModel.Services(side.services.installation(), side.services.exchangeExport(),
                side.services.exchangeImport(), side.services.conflicts());
    }
}
