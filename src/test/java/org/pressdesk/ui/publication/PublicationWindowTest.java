package org.pressdesk.ui.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.BodyArea;
import org.pressdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The letterhead editor and the formatting toolbar, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class PublicationWindowTest {
    @TempDir
    static Path directory;

    private PublicationFixture fixture;
    private UiContext context;
    private MainWindow window;
    private final WindowRunners runners = new WindowRunners();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        fixture = new PublicationFixture(Files.createTempDirectory(directory, "run").resolve("data"));
        context = runners.context(fixture.admin, fixture.messages,
                (owner, title, filter, dir, name) -> Optional.empty());
        window = new MainAssembly(fixture.services, context).mainWindow(stage);
        window.show(false);
    }

    @AfterEach
    void close() {
        runners.close();
        fixture.close();
    }

    @Test
    void theLetterheadEditorShowsThePaperAndSavesIt(FxRobot robot) throws Exception {
        robot.interact(() -> new LetterheadWindow(context, services(), window.stage(), () -> { }).show("BIP/MAECI"));
        ImageView preview = robot.lookup("#letterheadPreview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getImage() != null);
        var before = preview.getImage();
        robot.clickOn("#countryField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("REPUBLIQUE DU MALI");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getImage() != before);
        robot.interact(() -> robot.lookup("#layoutBox").queryComboBox().getSelectionModel()
                .select(HeaderLayout.CENTERED));
        robot.clickOn("#letterheadSave");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#letterheadMessage").queryLabeled().getText().isEmpty());
        assertThat(fixture.services.offices().find(fixture.office.id()).orElseThrow().letterhead().layout())
                .isEqualTo(HeaderLayout.CENTERED);
        assertThat(fixture.services.offices().find(fixture.office.id()).orElseThrow().letterhead().countryName())
                .isEqualTo("REPUBLIQUE DU MALI");
        assertThat(robot.lookup("#letterheadMessage").queryLabeled().getText())
                .isEqualTo("Papier à en-tête de BIP/MAECI enregistré.");
    }

    @Test
    void closingTheLetterheadEditorWithChangesAsksAndStayingKeepsThem(FxRobot robot) throws Exception {
        LetterheadViewModel[] model = new LetterheadViewModel[1];
        robot.interact(() -> model[0] = new LetterheadWindow(context, services(), window.stage(), () -> { })
                .show("BIP/MAECI"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model[0].office().get() != null);
        robot.clickOn("#countryField").write(" (brouillon)");
        Stage letterhead = (Stage) robot.lookup("#countryField").query().getScene().getWindow();

        askToClose(robot, letterhead);
        robot.clickOn(button(robot, "unsaved.cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letterhead.isShowing()).isTrue();
        assertThat(model[0].fields().country().get()).endsWith("(brouillon)");

        askToClose(robot, letterhead);
        robot.clickOn(button(robot, "unsaved.discard"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !letterhead.isShowing());
        assertThat(fixture.services.offices().find(fixture.office.id()).orElseThrow().letterhead().countryName())
                .doesNotContain("brouillon");
    }

    @Test
    void switchingToAnotherOfficeWithChangesAsksStayingKeepsThemAndSavingStoresThemFirst(FxRobot robot)
            throws Exception {
        org.pressdesk.domain.Office other = fixture.services.offices().create(fixture.admin, "CCOM/PM",
                "Cellule de communication", fixture.office.letterhead(), java.time.ZoneId.of("Africa/Bamako"));
        LetterheadViewModel[] model = new LetterheadViewModel[1];
        robot.interact(() -> model[0] = new LetterheadWindow(context, services(), window.stage(), () -> { })
                .show("BIP/MAECI"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model[0].offices().size() == 2);
        robot.clickOn("#countryField").write(" (brouillon)");

        chooseOffice(robot, other);
        robot.clickOn(button(robot, "unsaved.cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model[0].office().get().code()).isEqualTo("BIP/MAECI");
        assertThat(robot.lookup("#letterheadOffice").queryComboBox().getValue()).isEqualTo(model[0].office().get());
        assertThat(model[0].fields().country().get()).endsWith("(brouillon)");

        chooseOffice(robot, other);
        robot.clickOn(button(robot, "unsaved.save"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model[0].office().get().code().equals("CCOM/PM"));
        assertThat(fixture.services.offices().find(fixture.office.id()).orElseThrow().letterhead().countryName())
                .endsWith("(brouillon)");
        assertThat(model[0].fields().country().get()).doesNotContain("brouillon");
        assertThat(robot.lookup("#letterheadOffice").queryComboBox().getValue()).isEqualTo(model[0].office().get());

        robot.clickOn("#countryField").write(" (essai)");
        chooseOffice(robot, fixture.office);
        robot.clickOn(button(robot, "unsaved.discard"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model[0].office().get().code().equals("BIP/MAECI"));
        assertThat(fixture.services.offices().find(other.id()).orElseThrow().letterhead().countryName())
                .doesNotContain("essai");
    }

    /** Picks {@code office} in the editor's office box, as a click in its list does, and waits for the question. */
    private static void chooseOffice(FxRobot robot, org.pressdesk.domain.Office office) throws Exception {
        javafx.scene.control.ComboBox<?> box = robot.lookup("#letterheadOffice").queryComboBox();
        robot.interact(() -> box.getItems().stream().filter(o -> ((org.pressdesk.domain.Office) o).id()
                == office.id()).findFirst().ifPresent(o -> box.getSelectionModel().select(box.getItems().indexOf(o))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#letterheadUnsavedDialog").queryAll()
                .stream().anyMatch(node -> node.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The button of the letterhead's question that is on show now. */
    private javafx.scene.Node button(FxRobot robot, String key) {
        return robot.lookup("#letterheadUnsavedDialog").queryAll().stream()
                .filter(node -> node.getScene().getWindow().isShowing()).findFirst()
                .map(dialog -> ((javafx.scene.control.DialogPane) dialog).getButtonTypes().stream()
                        .filter(type -> type.getText().equals(fixture.messages.get(key))).findFirst()
                        .map(((javafx.scene.control.DialogPane) dialog)::lookupButton).orElseThrow())
                .orElseThrow();
    }

    private static void askToClose(FxRobot robot, Stage stage) throws Exception {
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#letterheadUnsavedDialog").queryAll()
                .stream().anyMatch(node -> node.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void verifyingASignedPdfShowsWhoSignedAndThatItIsTheApprovedText(FxRobot robot) throws Exception {
        fixture.certify();
        var published = fixture.published(fixture.content("Communiqué publié", "Texte **approuvé**.", null));
        Path file = fixture.services.pdfExport().export(fixture.admin, published.id(),
                Files.createTempDirectory(directory, "pdf")).file();
        robot.interact(() -> new VerifyDialog(context, fixture.services.pdfVerifier(), window.stage()).verify(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#verifyReport").tryQuery().isPresent());
        javafx.scene.control.DialogPane report = robot.lookup("#verifyReport").queryAs(
                javafx.scene.control.DialogPane.class);
        assertThat(report.getHeaderText()).startsWith("Ce PDF est authentique");
        assertThat(report.getContentText()).contains("Signataire\u202f: Bureau de l’Information et de la Presse",
                "Signature\u202f: valide", "Fichier\u202f: inchangé depuis la signature");
    }

    @Test
    void theFormattingBarAndItsShortcutsMarkUpTheBody(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        BodyArea body = robot.lookup("#bodyArea").queryAs(BodyArea.class);
        robot.clickOn(body).write("Le Ministre a parlé");
        robot.interact(() -> body.selectRange(3, 11));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(body.getText()).isEqualTo("Le **Ministre** a parlé");
        robot.interact(() -> body.selectRange(0, 2));
        robot.clickOn("#italicButton");
        assertThat(body.getText()).isEqualTo("*Le* **Ministre** a parlé");
        robot.clickOn("#bulletButton");
        assertThat(body.getText()).isEqualTo("- *Le* **Ministre** a parlé");
        javafx.scene.control.TextField time = robot.lookup("#embargoTime").queryAs(javafx.scene.control.TextField.class);
        // focused directly: in whole-class runs a click on the field sometimes left the focus in the body
        robot.interact(time::requestFocus);
        robot.write("10:30");
        // the robot's key events may still be queued when write returns: the field must hold the time first
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "10:30".equals(time.getText()));
        robot.interact(() -> robot.lookup("#embargoDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 2, 4)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().editor().content().embargoAt())
                .isEqualTo(java.time.Instant.parse("2026-02-04T10:30:00Z"));
    }

    private PublicationServices services() {
        return new PublicationServices(fixture.services.offices(), fixture.services.pdfExport(),
                fixture.services.certificates(), fixture.services.pdfVerifier(), fixture.services.preferences());
    }
}
