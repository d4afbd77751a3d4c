package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.DateEntry;
import org.pressdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event date typed in the English interface: month first, and text that is no date is kept and marked. */
@ExtendWith(ApplicationExtension.class)
class DateFieldWindowTest {
    @TempDir
    static Path directory;

    private static UiTestData data;
    private final WindowRunners runners = new WindowRunners();

    /** Made before the toolkit's start, whose time is limited, on a machine that may be busy. */
    @BeforeAll
    static void open() throws Exception {
        data = new UiTestData(Files.createTempDirectory(directory, "run").resolve("data"));
    }

    @AfterAll
    static void closeData() {
        data.close();
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
    }

    /** Built in the test rather than in the toolkit's start, whose time is limited, on a machine that may be busy. */
    private void openWindow(FxRobot robot) {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        robot.interact(() -> new MainAssembly(data.services, runners.context(data.editor, english,
                (owner, title, filter, dir, name) -> Optional.empty())).mainWindow(new Stage()).show(false));
    }

    @AfterEach
    void close() {
        runners.close();
    }

    private static void type(FxRobot robot, DatePicker picker, String text) {
        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEnglishDateIsReadMonthFirstAndNoDateIsNeverDropped(FxRobot robot) throws Exception {
        openWindow(robot);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        DatePicker picker = robot.lookup("#eventDatePicker").queryAs(DatePicker.class);
        assertThat(picker.getPromptText()).isEqualTo("MM/DD/YYYY");

        type(robot, picker, "2/3/2026");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(picker.getEditor().getText()).isEqualTo("02/03/2026");
        assertThat(picker.getStyleClass()).doesNotContain(DateEntry.NOT_A_DATE);

        type(robot, picker, "31/31/2026");
        assertThat(picker.getEditor().getText()).as("kept as typed").isEqualTo("31/31/2026");
        assertThat(picker.getStyleClass()).as("marked").contains(DateEntry.NOT_A_DATE);
        assertThat(picker.getTooltip().getText()).contains("MM/DD/YYYY");
        assertThat(picker.getValue()).as("the last good date stays").isEqualTo(LocalDate.of(2026, 2, 3));

        type(robot, picker, "Dec 3, 2026");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(picker.getStyleClass()).doesNotContain(DateEntry.NOT_A_DATE);
    }
}
