package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.editor.BodyArea;
import org.pressdesk.ui.editor.FormattingBar;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every keyboard shortcut of the main window means one thing: Ctrl+I is italic in the body, never import. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsWindowTest {
    @TempDir
    static Path directory;

    /** Both tests read the window and type into an unsaved body: one database serves them. */
    private static UiTestData data;
    private final WindowRunners runners = new WindowRunners();
    private MainWindow window;

    @BeforeAll
    static void openData() throws Exception {
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
    }

    @AfterAll
    static void closeData() {
        data.close();
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
        window = new MainAssembly(data.services, runners.context(data.admin, data.messages,
                (o, t, f, d, n) -> Optional.empty())).mainWindow(stage);
        window.show(false);
    }

    @AfterEach
    void close() {
        runners.close();
    }

    @Test
    void noShortcutIsBoundTwiceAcrossTheMenusAndTheBody(FxRobot robot) {
        List<String> bound = new ArrayList<>();
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menuBar");
        for (Menu menu : bar.getMenus()) {
            collect(menu, bound);
        }
        // the menus put their accelerators into the scene's table: any other key there was bound by other code
        List<String> fromMenus = bound.stream().map(entry -> entry.substring(0, entry.lastIndexOf(' '))).toList();
        window.stage().getScene().getAccelerators().keySet().stream().map(KeyCombination::getName)
                .filter(name -> !fromMenus.contains(name)).forEach(name -> bound.add(name + " scene"));
        FormattingBar.SHORTCUTS.forEach(key -> bound.add(key.getName() + " body"));

        Map<String, List<String>> byKey = bound.stream().collect(Collectors.groupingBy(
                entry -> entry.substring(0, entry.lastIndexOf(' '))));
        assertThat(byKey).allSatisfy((key, users) -> assertThat(users).as(key).hasSize(1));
        assertThat(byKey.get(KeyCombination.keyCombination("Shortcut+I").getName())).containsExactly(
                KeyCombination.keyCombination("Shortcut+I").getName() + " body");
        assertThat(byKey.get(KeyCombination.keyCombination("Shortcut+Shift+I").getName())).containsExactly(
                KeyCombination.keyCombination("Shortcut+Shift+I").getName() + " menuImport");
    }

    @Test
    void ctrlIInTheBodyItalicisesTheSelectionAndOpensNoImport(FxRobot robot) {
        BodyArea body = robot.lookup("#bodyArea").queryAs(BodyArea.class);
        robot.interact(() -> {
            body.replaceText("un mot");
            body.selectRange(3, 6);
            body.requestFocus();
        });
        int windowsBefore = Window.getWindows().size();

        robot.press(KeyCode.SHORTCUT, KeyCode.I).release(KeyCode.I, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(body.getText()).isEqualTo("un *mot*");
        assertThat(Window.getWindows()).hasSize(windowsBefore);
    }

    private static void collect(Menu menu, List<String> bound) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, bound);
            } else if (item.getAccelerator() != null) {
                bound.add(item.getAccelerator().getName() + " " + item.getId());
            }
        }
    }
}
