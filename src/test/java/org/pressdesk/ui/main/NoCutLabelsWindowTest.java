package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.CutLabels;
import org.pressdesk.ui.FirstStartScreens;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window at 1366×768, in French and in English, shows its labels whole: the main window with a communiqué
 * open, the import window with a file read, the conflict dialog, and each window of the menus.
 */
@ExtendWith(ApplicationExtension.class)
class NoCutLabelsWindowTest {
    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;
    /** The menu entries that open a window of their own. */
    private static final List<String> WINDOWS = List.of("menuExchange", "menuReviewQueue", "menuAuditLog",
            "menuLetterhead", "menuAccounts", "menuPreferences", "menuTags", "menuBackups", "menuAbout");

    @TempDir
    static Path directory;

    private static UiTestData data;
    private Communique draft;
    private final WindowRunners runners = new WindowRunners();
    private final List<String> cut = new ArrayList<>();
    /** The same walk in English also looks for French left in the interface (issue 15, point 11). */
    private final org.pressdesk.ui.FrenchLeftovers frenchCheck = new org.pressdesk.ui.FrenchLeftovers();
    private final List<String> french = new ArrayList<>();
    private boolean english;

    /** Made before the toolkit's start, whose time is limited, on a machine that may be busy. */
    @BeforeAll
    static void open() throws Exception {
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
        Communique waiting = data.services.communiques().create(data.editor, content("Visite du Ministre"));
        data.services.reviews().submit(data.editor, waiting.id());
    }

    @AfterAll
    static void closeData() {
        data.close();
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
        draft = data.services.communiques().create(data.editor, content("Audience du Ministre"));
    }

    private static CommuniqueContent content(String title) {
        return new CommuniqueContent(title, "Le Ministre a reçu l’Ambassadeur du Japon.", Genre.PRESS_RELEASE,
                data.office.id(), "Bamako", LocalDate.of(2026, 2, 3), "fr");
    }

    @AfterEach
    void close() {
        runners.close();
    }

    @Test
    void frenchWindowsShowTheirLabelsWhole(FxRobot robot) throws Exception {
        everyWindow(robot, Locale.FRENCH);
    }

    @Test
    void englishWindowsShowTheirLabelsWhole(FxRobot robot) throws Exception {
        everyWindow(robot, Locale.ENGLISH);
    }

    @Test
    void theFirstStartScreenItsStepsAndTheServerFormShowTheirLabelsWholeOnALaptopAndALargeScreen(FxRobot robot)
            throws Exception {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            english = locale.equals(Locale.ENGLISH);
            try (FirstStartScreens screens = new FirstStartScreens(Messages.forLocale(locale), directory)) {
                for (double[] screen : new double[][] {{WIDTH, HEIGHT}, {1920, 1080}}) {
                    String where = locale + " " + (int) screen[0] + "×" + (int) screen[1] + " ";
                    firstStart(robot, () -> screens.setup(false), screen, where + "first start");
                    firstStart(robot, () -> screens.setup(true), screen, where + "first start, unencrypted");
                    firstStart(robot, screens::recoveryKey, screen, where + "recovery key");
                    firstStart(robot, screens::serverForm, screen, where + "server form");
                    firstStart(robot, screens::signIn, screen, where + "sign-in");
                }
            }
        }
        assertThat(cut).as("labels cut before signing in").isEmpty();
        assertThat(french).as("French in the English screens before signing in").isEmpty();
    }

    @Test
    void theFirstStartWindowsLieWithinTheScreensUsableArea(FxRobot robot) throws Exception {
        javafx.geometry.Rectangle2D area = javafx.stage.Screen.getPrimary().getVisualBounds();
        try (FirstStartScreens screens = new FirstStartScreens(Messages.forLocale(Locale.ENGLISH), directory)) {
            for (java.util.function.Supplier<Stage> screen : List.<java.util.function.Supplier<Stage>>of(
                    () -> screens.setup(false), screens::recoveryKey, screens::serverForm)) {
                Stage[] stage = new Stage[1];
                robot.interact(() -> stage[0] = screen.get());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(area.contains(stage[0].getX(), stage[0].getY(), stage[0].getWidth(),
                        stage[0].getHeight())).as(stage[0].getTitle() + " within " + area).isTrue();
                assertThat(Math.abs(stage[0].getX() - area.getMinX() - (area.getMaxX() - stage[0].getX()
                        - stage[0].getWidth()))).as("centred").isLessThan(2);
                robot.interact(stage[0]::close);
            }
        }
    }

    /** One screen before sign-in, sized as on a screen of {@code screen} px with a 40 px task bar. */
    private void firstStart(FxRobot robot, java.util.function.Supplier<Stage> open, double[] screen, String name) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = open.get();
            org.pressdesk.ui.common.ScreenFit fit = org.pressdesk.ui.common.ScreenFit.of(stage[0].getWidth(),
                    stage[0].getHeight(), 0, 0, new javafx.geometry.Rectangle2D(0, 0, screen[0], screen[1] - 40));
            stage[0].setWidth(fit.width());
            stage[0].setHeight(fit.height());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> CutLabels.in(stage[0]).forEach(label -> cut.add(name + ": " + label)));
        lookForFrench(robot, stage[0], name);
        robot.interact(stage[0]::close);
    }

    private void everyWindow(FxRobot robot, Locale locale) throws Exception {
        Messages messages = Messages.forLocale(locale);
        english = locale.equals(Locale.ENGLISH);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            window[0] = new MainAssembly(data.services, runners.context(data.admin, messages,
                    (owner, title, filter, dir, name) -> Optional.empty())).mainWindow(stage);
            window[0].show(false);
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        TableView<?> list = robot.lookup("#communiqueTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty()
                && robot.lookup("#officeBox").queryComboBox().getValue() != null);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(s -> ((org.pressdesk.domain.CommuniqueSummary) s).id() == draft.id()).findFirst()
                .map(s -> list.getItems().indexOf(s)).orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#titleField").queryTextInputControl()
                .getText().startsWith("Audience du Ministre"));
        check(robot, window[0].stage(), "main window");

        Set<Window> before = Set.copyOf(Window.getWindows());
        Platform.runLater(() -> window[0].openImport(List.of(ArchiveFixture.sample("bip-maeci-2026.txt"))));
        Window imported = newWindow(before);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        check(robot, imported, "import window");
        closeAll(robot, before);

        for (String id : WINDOWS) {
            Set<Window> open = Set.copyOf(Window.getWindows());
            MenuItem item = menuItem(window[0].stage(), id);
            Platform.runLater(item::fire);
            check(robot, newWindow(open), id);
            closeAll(robot, open);
        }
        conflictDialog(robot, window[0]);
        robot.interact(() -> window[0].stage().close());
        assertThat(cut).as("labels cut at 1366×768 in " + locale).isEmpty();
        assertThat(french).as("French in the English interface").isEmpty();
    }

    /** Someone else saves the open communiqué; saving here then asks what to keep. */
    private void conflictDialog(FxRobot robot, MainWindow window) throws Exception {
        Communique stored = data.services.communiques().get(draft.id());
        data.services.communiques().save(data.admin, draft.id(), stored.version(), content("Audience (siège)"));
        robot.interact(() -> robot.lookup("#titleField").queryTextInputControl().appendText(" (bureau)"));
        Set<Window> open = Set.copyOf(Window.getWindows());
        Platform.runLater(window::save);
        Window dialog = newWindow(open);
        check(robot, dialog, "conflict dialog");
        closeAll(robot, open);
    }

    private void check(FxRobot robot, Window window, String name) {
        robot.interact(() -> {
            if (window.getWidth() > WIDTH) {
                window.setWidth(WIDTH);
            }
            if (window.getHeight() > HEIGHT) {
                window.setHeight(HEIGHT);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> CutLabels.in(window).forEach(label -> cut.add(name + ": " + label)));
        lookForFrench(robot, window, name);
    }

    private void lookForFrench(FxRobot robot, Window window, String name) {
        if (english) {
            robot.interact(() -> frenchCheck.in(window).forEach(text -> french.add(name + ": " + text)));
        }
    }

    private static Window newWindow(Set<Window> before) throws Exception {
        Window[] found = new Window[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            found[0] = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()
                    && w instanceof Stage).findFirst().orElse(null);
            return found[0] != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return found[0];
    }

    private static void closeAll(FxRobot robot, Set<Window> keep) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> !keep.contains(w))
                .forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem menuItem(Stage stage, String id) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu entry " + id);
    }
}
