package org.pressdesk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseRecovery;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.DamagedEncryptedFolder;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The recovery choices for an encrypted database damaged on purpose (blocks broken from the end until the opening
 * with the right password fails), clicked and typed as a person would: the name and password open the key, a wrong
 * password moves nothing, the right one recovers a checked database that stays encrypted.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptedDamagedDatabaseViewTest {
    @TempDir
    static Path directory;
    private static DataDirectory data;
    private static RuntimeException refusal;
    private static final AppServices.Settings SETTINGS = TestOffice.settings(new MutableClock(),
            new RecordingSleeper());

    private final AtomicInteger reopened = new AtomicInteger();

    @BeforeAll
    static void damagedEncryptedFolder() throws Exception {
        data = DamagedEncryptedFolder.create(directory.resolve("data"), SETTINGS);
        refusal = DamagedEncryptedFolder.damageUntilRefused(data, SETTINGS);
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
        Messages messages = Messages.forLocale(Locale.FRENCH);
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(() -> AppServices.recovery(data, SETTINGS),
                TaskRunner.sameThread(), messages);
        model.username().set(DamagedEncryptedFolder.ADMIN); // as the sign-in that met the damage passes it on
        stage.setScene(new Scene(new DamagedDatabaseView(model, messages, "La base de données est endommagée.",
                reopened::incrementAndGet, () -> { }), 720, 480));
        stage.show();
        model.start();
    }

    @Test
    void thePersonsPasswordRecoversTheEncryptedFileIntoACheckedEncryptedDatabase(FxRobot robot) throws Exception {
        assertThat(DatabaseRecovery.isDamaged(refusal)).as("the sign-in's failure is damage: " + refusal).isTrue();
        byte[] damaged = Files.readAllBytes(data.resolve("pressdesk.mv.db"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#damagedPassword").queryAs(PasswordField.class).isVisible()).isTrue();

        robot.clickOn("#damagedRecover");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcome(robot)).contains("Saisissez votre nom d’utilisateur et votre mot de passe");

        robot.clickOn("#damagedPassword").write("pas le bon");
        robot.clickOn("#damagedRecover");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcome(robot)).contains("mot de passe incorrect");
        assertThat(Files.readAllBytes(data.resolve("pressdesk.mv.db"))).as("nothing moved").isEqualTo(damaged);

        robot.clickOn("#damagedPassword").write(TestOffice.PASSWORD);
        robot.clickOn("#damagedRecover");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(outcome(robot)).contains("gardé tel quel").contains("récupérées et vérifiées");
        assertThat(robot.lookup("#damagedPassword").queryAs(PasswordField.class).getText()).isEmpty();
        robot.clickOn("#damagedOpen");
        assertThat(reopened).hasValue(1);
        assertThat(org.pressdesk.store.Database.fileIsEncrypted(data)).as("still encrypted").isTrue();
        try (AppServices services = AppServices.unlock(data, SETTINGS, DamagedEncryptedFolder.ADMIN,
                TestOffice.PASSWORD.toCharArray())) {
            assertThat(services.auditVerifier().verify().intact()).isTrue();
            assertThat(services.communiques().count("")).isPositive();
        }
        try (var aside = Files.list(data.path())) {
            Path kept = aside.filter(p -> p.getFileName().toString().endsWith(".mv.db.bad")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).as("the damaged file is kept untouched").isEqualTo(damaged);
        }
    }

    private static String outcome(FxRobot robot) {
        return robot.lookup("#damagedOutcome").queryAs(Labeled.class).getText();
    }
}
