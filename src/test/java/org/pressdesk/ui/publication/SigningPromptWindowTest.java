package org.pressdesk.ui.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.i18n.Messages;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, point 4, from the window: exporting a published text in a new session asks for the office's signing
 * password once (in the interface's language), signs the PDF, and the next export of the session signs without
 * asking again.
 */
@ExtendWith(ApplicationExtension.class)
class SigningPromptWindowTest {
    @TempDir
    static Path directory;

    private static AppServices services;
    private static long published;
    private final WindowRunners runners = new WindowRunners();

    /** Published in a first session; the window opens in a second one, whose signing key is still locked. */
    @BeforeAll
    static void publishThenStartAgain() {
        Path data = directory.resolve("data");
        PublicationFixture fixture = new PublicationFixture(data);
        fixture.certify();
        published = fixture.published(fixture.content("Communiqué publié", "Texte approuvé.", null)).id();
        fixture.close();
        services = org.pressdesk.testing.TestDatabases.services(data, UiTestData.settings());
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
    }

    @AfterEach
    void close() {
        runners.close();
    }

    @Test
    void aSignedExportAsksForTheSigningPasswordOnceASession(FxRobot robot) throws Exception {
        Messages messages = Messages.forLocale(java.util.Locale.FRENCH);
        MainWindow window = open(robot, messages);
        Path first = directory.resolve("premier.pdf");
        Platform.runLater(() -> window.exportTo(first));
        // visible as TestFX sees it (window shown and the field laid out), not only its window showing
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signingPassword")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        DialogPane prompt = (DialogPane) robot.lookup("#signingPassword").query().getScene().getRoot();
        assertThat(prompt.getButtonTypes()).extracting(ButtonType::getText)
                .containsExactly(messages.get("signing.prompt.unlock"), messages.get("signing.prompt.cancel"));
        robot.clickOn("#signingPassword").write(new String(PublicationFixture.SIGNING_PASSWORD));
        robot.interact(() -> prompt.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                .map(prompt::lookupButton).map(javafx.scene.control.Button.class::cast).orElseThrow().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> signatures(first) == 1);

        Path second = directory.resolve("second.pdf");
        Platform.runLater(() -> window.exportTo(second));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> signatures(second) == 1);
        java.util.Set<javafx.scene.Node> prompts = robot.lookup("#signingPassword").queryAll();
        assertThat(prompts).as("no second prompt in the session")
                .allMatch(node -> !node.getScene().getWindow().isShowing());
        robot.interact(() -> window.stage().close());
    }

    private MainWindow open(FxRobot robot, Messages messages) throws Exception {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainAssembly(services, runners.context(services.accounts().find("direction")
                    .orElseThrow(), messages, (owner, title, filter, dir, name) -> Optional.empty()))
                    .mainWindow(new Stage());
            window[0].show(false);
        });
        TableView<CommuniqueSummary> list = robot.lookup("#communiqueTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getItems().stream().filter(s -> s.id() == published).findFirst()
                .ifPresent(list.getSelectionModel()::select));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Communiqué publié".equals(
                robot.lookup("#titleField").queryTextInputControl().getText()));
        return window[0];
    }

    /** The signatures of the PDF at {@code file}, reopened; none while it is missing or still being written. */
    private static int signatures(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getSignatureDictionaries().size();
        } catch (java.io.IOException stillBeingWritten) {
            return 0;
        }
    }
}
