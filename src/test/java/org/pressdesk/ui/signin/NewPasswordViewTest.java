package org.pressdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a reset to change, the person types a new password twice before anything else opens. */
@ExtendWith(ApplicationExtension.class)
class NewPasswordViewTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private final AtomicBoolean continued = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        data.services.accounts().resetPassword(data.admin, data.editor, true);
        NewPasswordViewModel model = new NewPasswordViewModel(data.services.accounts(), data.editor,
                TaskRunner.sameThread(), data.messages);
        stage.setScene(new Scene(new NewPasswordView(model, data.messages, () -> continued.set(true)), 560, 420));
        stage.show();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void twoDifferentEntriesAreRefusedWithTheReasonAndTwoAlikeContinue(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("le-mien-a-moi");
        robot.clickOn("#repeatPasswordField").write("le-mien-a-toi");
        robot.clickOn("#choosePasswordButton");

        assertThat(robot.lookup("#newPasswordError").queryLabeled().getText()).contains("pas identiques");
        assertThat(continued).isFalse();

        robot.clickOn("#repeatPasswordField").write("le-mien-a-moi");
        robot.clickOn("#choosePasswordButton");

        assertThat(continued).isTrue();
        assertThat(data.services.accounts().mustChangePassword(data.editor)).isFalse();
        assertThat(data.services.accounts().signIn("redaction", "le-mien-a-moi".toCharArray()).id())
                .isEqualTo(data.editor.id());
    }
}
