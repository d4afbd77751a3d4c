package org.pressdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.signin.LetterheadStepModel;
import org.pressdesk.ui.signin.SetupView;
import org.pressdesk.ui.signin.SetupViewModel;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first-start screen of a new folder, driven through its controls: the letterhead previewed as typed, the
 * database encrypted by default with its recovery key shown once, or left plain with the reason shown.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartWindowTest {
    private static final AppServices.Settings SETTINGS = new AppServices.Settings(Clock.systemUTC(),
            new PasswordHasher(1_000), duration -> { });

    @TempDir
    static Path directory;

    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final FxTaskRunner persistence = new FxTaskRunner("persistence");
    private final FxTaskRunner rendering = new FxTaskRunner("rendering");
    private final FxScheduler scheduler = new FxScheduler();
    private final AtomicReference<UserAccount> signedIn = new AtomicReference<>();
    private Path data;
    private Opening opening;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = Files.createTempDirectory(directory, "run").resolve("data");
        opening = Opening.of(data, SETTINGS);
        opening.begin();
        opening.opened().get(60, TimeUnit.SECONDS);
        SetupViewModel model = new SetupViewModel(opening, persistence, messages);
        org.pressdesk.publication.LetterheadProof proof = AppServices.letterheadProof();
        LetterheadStepModel letterhead = new LetterheadStepModel((content, office) -> proof.draw(content, office,
                false), new PagePreview(), messages, rendering, scheduler, model.officeCode(), model.officeName(),
                SetupViewModel.ZONE);
        stage.setScene(new Scene(new SetupView(model, letterhead, FileDialogs.system(), messages, signedIn::set,
                seeded -> { }), DesktopApp.SETUP_WIDTH, DesktopApp.SETUP_HEIGHT));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        persistence.close();
        rendering.close();
        scheduler.close();
        if (opening.prepared().isDone() || signedIn.get() != null) {
            opening.prepared().get(60, TimeUnit.SECONDS).close();
        }
    }

    private void fillIn(FxRobot robot) {
        robot.clickOn("#setupUsername").eraseText(5).write("awa");
        robot.clickOn("#setupPassword").write("mot-de-passe-1");
        robot.clickOn("#setupConfirmation").write("mot-de-passe-1");
        robot.clickOn("#setupOfficeCode").write("BIP/MAECI");
        robot.clickOn("#setupCountry").write("RÉPUBLIQUE DU MALI");
        robot.clickOn("#setupMinistry").write("Ministère de la Communication");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void theDatabaseIsEncryptedByDefaultAndTheRecoveryKeyIsShownOnceBeforeGoingOn(FxRobot robot) throws Exception {
        ImageView preview = robot.lookup("#setupLetterheadPreview").query();
        waitFor(() -> preview.getImage() != null);
        javafx.scene.image.Image blank = preview.getImage();
        fillIn(robot);
        waitFor(() -> preview.getImage() != blank);
        assertThat(robot.lookup("#setupEncrypt").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#setupCreate");
        waitFor(() -> robot.lookup("#recoveryKey").tryQuery().isPresent());

        String key = robot.lookup("#recoveryKey").queryTextInputControl().getText();
        assertThat(key).isNotBlank();
        Button next = robot.lookup("#recoveryContinue").queryButton();
        assertThat(next.isDisabled()).as("not before the key is said written down").isTrue();
        assertThat(signedIn.get()).isNull();
        robot.clickOn("#recoveryWritten");
        robot.clickOn("#recoveryContinue");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(signedIn.get().username()).isEqualTo("awa");
        assertThat(data.resolve("pressdesk.keys")).isRegularFile();
        AppServices services = opening.prepared().get(60, TimeUnit.SECONDS);
        assertThat(services.encrypted()).isTrue();
        assertThat(services.offices().list().get(0).letterhead().ministry())
                .isEqualTo("Ministère de la Communication");
    }

    @Test
    void leftPlainTheReasonIsShownAndNoRecoveryKeyIsAsked(FxRobot robot) throws Exception {
        fillIn(robot);
        robot.clickOn("#setupEncrypt");
        assertThat(robot.lookup("#setupEncryptWhy").queryAs(Labeled.class).getText())
                .isEqualTo(messages.get("setup.plain.why")).contains("non chiffrée");

        robot.clickOn("#setupCreate");
        waitFor(() -> signedIn.get() != null);

        assertThat(robot.lookup("#recoveryKey").tryQuery()).isEmpty();
        assertThat(Files.exists(data.resolve("pressdesk.keys"))).isFalse();
        assertThat(opening.prepared().get(60, TimeUnit.SECONDS).encrypted()).isFalse();
    }
}
