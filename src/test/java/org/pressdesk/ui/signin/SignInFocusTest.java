package org.pressdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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

/** With the user's name already given (--user, the demonstration), what they type goes into the password. */
@ExtendWith(ApplicationExtension.class)
class SignInFocusTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private SignInViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        model = new SignInViewModel(data.services.accounts(), TaskRunner.sameThread(), data.messages);
        model.username().set("redaction");
        stage.setScene(new Scene(new SignInView(model, data.messages, "/tmp", Map.of(), account -> { }), 560, 380));
        stage.show();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aKnownNameSendsTypingToThePassword(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.write("secret");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);

        assertThat(robot.lookup("#usernameField").queryTextInputControl().getText()).isEqualTo("redaction");
        assertThat(model.password().get()).isEqualTo("secret");
    }
}
