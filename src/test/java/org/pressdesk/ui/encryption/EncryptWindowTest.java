package org.pressdesk.ui.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseEncryption;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.Database;
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

/**
 * Outils → Chiffrer la base… on a real plain H2 folder, driven through its controls: unsaved typing goes through the
 * window's usual question first (saved, it is in the encrypted database; cancelled, nothing changed); a wrong
 * password changes nothing, the database is closed, converted and shown encrypted with its recovery key
 * once, then opened again; and while another connection holds the folder, the conversion refuses and the plain
 * database stays as it was. The session's side (closing the window, the conversion's four steps) is wired as
 * DesktopApp wires it.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptWindowTest {
    private static final String BODY = "Le Ministre a reçu l’ambassadeur zanzibarite.";

    @TempDir
    static Path directory;

    private final WindowRunners runners = new WindowRunners();
    private final AtomicInteger reopened = new AtomicInteger();
    private Path folder;
    private UiTestData data;
    private MainWindow window;
    private boolean closed;

    @Start
    void start(Stage stage) {
        Theme.apply();
    }

    /** Off the toolkit's thread: a real plain folder with its accounts, office and one communiqué. */
    @BeforeEach
    void createFolder() throws Exception {
        folder = Files.createTempDirectory(directory, "run").resolve("data");
        data = new UiTestData(folder);
        data.services.communiques().create(data.editor, new CommuniqueContent("Audience du Ministre", BODY,
                Genre.AUDIENCE_REPORT, data.office.id(), "Bamako", null, "fr"));
    }

    @AfterEach
    void close() {
        runners.close();
        if (!closed) {
            data.close();
        }
    }

    @Test
    void theWholeFlowEndsWithAnEncryptedFolderThatOnlyThePasswordOpensWithItsDataIntact(FxRobot robot)
            throws Exception {
        open(robot);
        robot.interact(window::encryptDatabase);
        waitFor(() -> robot.lookup("#encryptStart").tryQuery().isPresent());
        assertThat(window.stage().isShowing()).isFalse();

        robot.clickOn("#encryptStart");
        assertThat(robot.lookup("#encryptProblem").queryLabeled().getText())
                .isEqualTo(data.messages.get("encryption.passwordMissing"));
        robot.clickOn("#encryptPassword").write("pas-le-bon");
        robot.clickOn("#encryptStart");
        waitFor(() -> !robot.lookup("#encryptProblem").queryLabeled().getText().isEmpty()
                && robot.lookup("#encryptStart").tryQuery().isPresent()
                && !robot.lookup("#encryptStart").queryButton().isDisabled());
        assertThat(Database.fileIsEncrypted(DataDirectory.prepare(folder))).isFalse();

        robot.clickOn("#encryptPassword").eraseText(20).write(UiTestData.PASSWORD);
        robot.clickOn("#encryptStart");
        waitFor(() -> robot.lookup("#recoveryKey").tryQuery().isPresent());
        String recoveryKey = robot.lookup("#recoveryKey").queryTextInputControl().getText();
        assertThat(recoveryKey).isNotBlank();
        assertThat(robot.lookup("#recoveryContinue").queryButton().isDisabled()).isTrue();
        robot.clickOn("#recoveryWritten");
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> robot.lookup("#recoveryContinue").tryQuery().map(n -> !n.isDisabled() && n.getScene() != null)
                .orElse(false));
        robot.clickOn("#recoveryContinue");
        waitFor(() -> reopened.get() == 1);

        DataDirectory converted = DataDirectory.prepare(folder);
        assertThat(Database.fileIsEncrypted(converted)).isTrue();
        assertThat(new String(Files.readAllBytes(folder.resolve("pressdesk.mv.db")),
                java.nio.charset.StandardCharsets.ISO_8859_1)).as("no body text in the file")
                .doesNotContain("zanzibarite");
        assertThatThrownBy(() -> AppServices.open(converted, UiTestData.settings()).close())
                .isInstanceOf(PressDeskException.class);
        try (AppServices services = AppServices.unlock(converted, UiTestData.settings(), "admin",
                UiTestData.PASSWORD.toCharArray())) {
            assertThat(services.encrypted()).isTrue();
            assertThat(services.communiques().listInFull("").stream().map(c -> c.content().body()))
                    .contains(BODY);
            assertThat(services.auditVerifier().verify().intact()).isTrue();
        }
    }

    @Test
    void whileAnotherConnectionHoldsTheFolderTheConversionRefusesAndThePlainDatabaseStays(FxRobot robot)
            throws Exception {
        try (Database other = Database.open(DataDirectory.prepare(folder))) {
            open(robot);
            robot.interact(window::encryptDatabase);
            waitFor(() -> robot.lookup("#encryptStart").tryQuery().isPresent());
            robot.clickOn("#encryptPassword").write(UiTestData.PASSWORD);
            robot.clickOn("#encryptStart");
            waitFor(() -> robot.lookup("#encryptFailure").tryQuery().isPresent());

            assertThat(robot.lookup("#encryptFailure").queryLabeled().getText())
                    .contains(data.messages.get("encrypt.inUse", folder));
            assertThat(Database.fileIsEncrypted(DataDirectory.prepare(folder))).isFalse();
            assertThat(folder.resolve("pressdesk.keys")).doesNotExist();
            assertThat(folder.resolve("encrypting")).doesNotExist();
            robot.clickOn("#encryptReopen");
            waitFor(() -> reopened.get() == 1);
        }
        try (AppServices plain = AppServices.open(DataDirectory.prepare(folder), UiTestData.settings())) {
            assertThat(plain.encrypted()).isFalse();
            assertThat(plain.communiques().listInFull("").stream().map(c -> c.content().body())).contains(BODY);
            assertThat(plain.auditVerifier().verify().intact()).isTrue();
        }
    }

    @Test
    void unsavedTypingIsAskedAboutFirstAndSavingItKeepsItInTheEncryptedDatabase(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#titleField").write("Visite du quokka");
        robot.clickOn("#bodyArea").write("Le quokka a visite le ministere.");
        robot.clickOn("#menuTools").clickOn("#menuEncrypt");
        waitFor(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#encryptStart").tryQuery()).isEmpty();

        answer(robot, "unsaved.save");
        waitFor(() -> robot.lookup("#encryptStart").tryQuery().isPresent());
        robot.clickOn("#encryptPassword").write(UiTestData.PASSWORD);
        robot.clickOn("#encryptStart");
        waitFor(() -> robot.lookup("#recoveryKey").tryQuery().isPresent());

        DataDirectory converted = DataDirectory.prepare(folder);
        assertThat(Database.fileIsEncrypted(converted)).isTrue();
        try (AppServices services = AppServices.unlock(converted, UiTestData.settings(), "admin",
                UiTestData.PASSWORD.toCharArray())) {
            assertThat(services.communiques().listInFull("").stream()
                    .filter(c -> c.content().title().equals("Visite du quokka")).map(c -> c.content().body()))
                    .containsExactly("Le quokka a visite le ministere.");
            assertThat(services.communiques().listInFull("").stream().map(c -> c.content().body())).contains(BODY);
        }
    }

    @Test
    void cancellingTheUnsavedTypingQuestionLeavesTheWindowTheTypingAndThePlainDatabaseAsTheyWere(FxRobot robot)
            throws Exception {
        open(robot);
        robot.clickOn("#titleField").write("Brouillon du quokka");
        robot.clickOn("#menuTools").clickOn("#menuEncrypt");
        waitFor(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());

        answer(robot, "unsaved.cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#encryptStart").tryQuery()).isEmpty();
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo("Brouillon du quokka");
        assertThat(window.model().editor().dirty().get()).isTrue();
        assertThat(Database.fileIsEncrypted(DataDirectory.prepare(folder))).isFalse();
        assertThat(folder.resolve("pressdesk.keys")).doesNotExist();
        assertThat(folder.resolve("encrypting")).doesNotExist();
        assertThat(data.services.communiques().listInFull("").stream().map(c -> c.content().title()))
                .containsExactly("Audience du Ministre");
    }

    /** The main window of the administrator, whose session shows the conversion once the window has closed. */
    private void open(FxRobot robot) throws Exception {
        UiContext base = runners.context(data.admin, data.messages, (o, t, f, d, n) -> Optional.empty());
        UiContext context = new UiContext(base.user(), base.messages(), base.persistence(), base.rendering(),
                base.listing(), base.scheduler(), base.dialogs(), new UiContext.Windows() {
                    @Override
                    public void openMainWindow() {
                    }

                    @Override
                    public void languageChanged() {
                    }

                    @Override
                    public void encryptDatabase() {
                        window.closeKeepingDraft();
                        Stage stage = new Stage();
                        stage.setScene(new Scene(new EncryptionView(new EncryptionViewModel(conversion(),
                                base.persistence(), data.messages), data.messages), 760, 600));
                        stage.show();
                    }
                });
        robot.interact(() -> {
            window = new MainAssembly(data.services, context).mainWindow(new Stage());
            window.show(false);
        });
        waitFor(() -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
    }

    private Conversion conversion() {
        return Conversion.of(password -> DatabaseEncryption.checkAdministrator(data.services, "admin", password),
                password -> {
                    closed = true;
                    data.services.close();
                    return DatabaseEncryption.encrypt(DataDirectory.prepare(folder), UiTestData.settings(),
                            "admin", password).recoveryKeyText();
                }, reopened::incrementAndGet, () -> { });
    }

    /** Clicks the unsaved-typing question's button that says {@code key} (the editor has its own Enregistrer). */
    private void answer(FxRobot robot, String key) {
        DialogPane pane = robot.lookup("#unsavedDialog").queryAs(DialogPane.class);
        robot.clickOn(pane.getButtonTypes().stream().filter(type -> type.getText().equals(data.messages.get(key)))
                .map(pane::lookupButton).findFirst().orElseThrow());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
