package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.SharedDataWindowTest;
import org.pressdesk.ui.common.DateEntry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The event date typed in the English interface: month first, and text that is no date is kept and marked. */
class DateFieldWindowTest extends SharedDataWindowTest {
    /** Built in the test rather than in the toolkit's start, whose time is limited, on a machine that may be busy. */
    private void openWindow(FxRobot robot) {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        showMainWindow(robot, english);
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
