package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window opens at a size that uses the screen, and comes back where its user left it. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementWindowTest {
    @TempDir
    static Path directory;

    private UiTestData data;
    private UiContext context;
    private final WindowRunners runners = new WindowRunners();

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        context = runners.context(data.editor, data.messages, (o, t, f, d, n) -> Optional.empty());
    }

    @AfterEach
    void close() {
        runners.close();
        data.close();
    }

    private MainWindow open(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainAssembly(data.services, context).mainWindow(new Stage());
            window[0].show(false);
        });
        return window[0];
    }

    @Test
    void theFirstWindowUsesTheScreenNotTheSignInSize(FxRobot robot) {
        MainWindow window = open(robot);

        double screenWidth = Screen.getPrimary().getVisualBounds().getWidth();
        assertThat(window.stage().getWidth()).isGreaterThanOrEqualTo(Math.min(960, screenWidth));
        assertThat(window.stage().getWidth()).isGreaterThan(720);
        robot.interact(window::close);
    }

    @Test
    void sizePositionDividersAndMaximisedComeBackForTheSameUser(FxRobot robot) throws Exception {
        MainWindow first = open(robot);
        robot.interact(() -> {
            first.stage().setMaximized(false);
            first.stage().setX(40);
            first.stage().setY(30);
            first.stage().setWidth(1000);
            first.stage().setHeight(650);
        });
        SplitPane split = robot.lookup("#mainSplit").query();
        robot.interact(() -> split.setDividerPositions(0.2, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        double[] dividers = split.getDividerPositions();
        robot.interact(first::close);
        String name = WindowPlacement.preferenceName(data.editor.username());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> data.services.preferences().get(name).isPresent());

        MainWindow second = open(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(second.stage().getX()).isEqualTo(40);
        assertThat(second.stage().getY()).isEqualTo(30);
        assertThat(second.stage().getWidth()).isEqualTo(1000);
        assertThat(second.stage().getHeight()).isEqualTo(650);
        assertThat(second.stage().isMaximized()).isFalse();
        SplitPane secondSplit = (SplitPane) second.stage().getScene().lookup("#mainSplit");
        assertThat(secondSplit.getDividerPositions()[0]).isCloseTo(dividers[0], within(0.02));
        assertThat(secondSplit.getDividerPositions()[1]).isCloseTo(dividers[1], within(0.02));
        robot.interact(second::close);
    }
}
