package org.pressdesk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.DamagedFiles;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up's choices for a damaged database, on a real damaged H2 file, clicked as a person would. */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseViewTest {
    @TempDir
    static Path directory;
    private static DataDirectory data;
    private static final AppServices.Settings SETTINGS = TestOffice.settings(new MutableClock(),
            new RecordingSleeper());

    private final AtomicInteger reopened = new AtomicInteger();

    @BeforeAll
    static void damagedFolderWithABackup() throws Exception {
        data = DataDirectory.prepare(directory.resolve("data"));
        try (AppServices services = AppServices.open(data, SETTINGS)) {
            UserAccount admin = services.accounts().createFirstAdministrator("awa", "Awa Traoré",
                    TestOffice.PASSWORD.toCharArray());
            services.offices().create(admin, "BIP/MAECI", "Bureau", org.pressdesk.domain.Office.Letterhead.empty(),
                    TestOffice.BAMAKO);
            services.backups().create(services.backups().defaultFolder());
        }
        DamagedFiles.damageNewestChunk(data.resolve("pressdesk.mv.db"));
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
        Messages messages = Messages.forLocale(Locale.FRENCH);
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(() -> AppServices.recovery(data, SETTINGS),
                TaskRunner.sameThread(), messages);
        stage.setScene(new Scene(new DamagedDatabaseView(model, messages, "La base de données est endommagée.",
                reopened::incrementAndGet, () -> { }), 720, 420));
        stage.show();
        model.start();
    }

    @Test
    void thePersonRecoversTheDamagedFileThenOpensTheCheckedResult(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Button restore = robot.lookup("#damagedRestore").queryButton();
        assertThat(restore.isVisible()).as("a backup is offered").isTrue();
        assertThat(restore.getText()).startsWith("Restaurer la sauvegarde du ");
        assertThat(robot.lookup("#damagedOpen").queryButton().isVisible()).isFalse();

        robot.clickOn("#damagedRecover");
        WaitForAsyncUtils.waitForFxEvents();

        String outcome = robot.lookup("#damagedOutcome").queryAs(Labeled.class).getText();
        assertThat(outcome).contains("gardé tel quel").contains("récupérées et vérifiées");
        assertThat(robot.lookup("#damagedRecover").queryButton().isDisabled()).isTrue();
        robot.clickOn("#damagedOpen");
        assertThat(reopened).hasValue(1);
        assertThat(Files.exists(data.resolve("pressdesk.mv.db"))).isTrue();
    }
}
