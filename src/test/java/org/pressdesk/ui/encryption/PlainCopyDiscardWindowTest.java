package org.pressdesk.ui.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
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
 * Outils → Supprimer la copie en clair… on a real encrypted folder whose unencrypted original still waits beside it,
 * as a conversion leaves it: keeping it changes nothing; deleting it removes the file and says so.
 */
@ExtendWith(ApplicationExtension.class)
class PlainCopyDiscardWindowTest {
    @TempDir
    Path directory;

    private final WindowRunners runners = new WindowRunners();
    private final Messages messages = Messages.forLocale(java.util.Locale.FRENCH);
    private AppServices services;
    private UserAccount admin;
    private Path plainCopy;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.apply();
    }

    /** Off the toolkit's thread: an encrypted folder with its administrator, an office and the plain original. */
    @BeforeEach
    void createFolder() throws Exception {
        Path folder = directory.resolve("data");
        AppServices.Created created = AppServices.createEncrypted(DataDirectory.prepare(folder),
                UiTestData.settings(), "admin", "Awa Sangaré", UiTestData.PASSWORD.toCharArray());
        services = created.services();
        admin = created.admin();
        services.offices().create(admin, "BIP", "Bureau", Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        services.search();
        services.pdfExport();
        plainCopy = Files.writeString(folder.resolve("pressdesk-before-encryption.mv.db"), "H:2,original");
    }

    @AfterEach
    void close() {
        runners.close();
        services.close();
    }

    @Test
    void keepingTheCopyChangesNothingAndDeletingItRemovesTheFile(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window = new MainAssembly(services, runners.context(admin, messages, (o, t, f, d, n) -> Optional.empty()))
                    .mainWindow(new Stage());
            window.show(false);
        });
        robot.clickOn("#menuTools").clickOn("#menuDiscardPlainCopy");
        waitFor(() -> robot.lookup("#plainCopyDialog").tryQuery().isPresent());
        click(robot, "#plainCopyDialog", messages.get("plainCopy.keep"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plainCopy).exists();

        robot.clickOn("#menuTools").clickOn("#menuDiscardPlainCopy");
        waitFor(() -> robot.lookup("#plainCopyDialog").tryQuery().isPresent());
        click(robot, "#plainCopyDialog", messages.get("plainCopy.delete"));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().map(pane -> ((DialogPane) pane).getContentText()
                .equals(messages.get("encrypt.discarded", services.dataDirectory().path()))).orElse(false));
        assertThat(plainCopy).doesNotExist();
        robot.interact(() -> {
            DialogPane told = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            ((javafx.scene.control.Button) told.lookupButton(ButtonType.OK)).fire();
        });
    }

    private static void click(FxRobot robot, String dialog, String label) {
        DialogPane pane = robot.lookup(dialog).queryAs(DialogPane.class);
        robot.clickOn(pane.getButtonTypes().stream().filter(type -> type.getText().equals(label))
                .map(pane::lookupButton).findFirst().orElseThrow());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
