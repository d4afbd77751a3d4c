package org.pressdesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window test whose tests share one database, made before the toolkit's start (whose time is limited, on a machine
 * that may be busy), and build their main window in the test itself rather than in that start.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class SharedDataWindowTest {
    @TempDir
    static Path directory;

    protected static UiTestData data;
    protected final WindowRunners runners = new WindowRunners();

    @BeforeAll
    static void openSharedData() throws Exception {
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
    }

    @AfterAll
    static void closeSharedData() {
        data.close();
    }

    @Start
    void applyTheme(Stage stage) {
        org.pressdesk.ui.common.Theme.apply();
    }

    @AfterEach
    void closeRunners() {
        runners.close();
    }

    /** Shows the editor's main window in {@code messages}' language, with no file ever chosen. */
    protected void showMainWindow(FxRobot robot, Messages messages) {
        robot.interact(() -> new MainAssembly(data.services, runners.context(data.editor, messages,
                (owner, title, filter, dir, name) -> Optional.empty())).mainWindow(new Stage()).show(false));
    }
}
