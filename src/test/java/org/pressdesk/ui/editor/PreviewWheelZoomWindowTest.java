package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.Test;
import org.pressdesk.ui.SharedDataWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The page preview zooms with Ctrl and the mouse wheel, in the real window; the wheel alone only scrolls. */
class PreviewWheelZoomWindowTest extends SharedDataWindowTest {
    private static int percent(FxRobot robot) {
        String shown = robot.lookup("#previewZoomLabel").queryAs(Label.class).getText();
        return Integer.parseInt(shown.replaceAll("[^0-9]", ""));
    }

    /** Turns the wheel one notch over the page, Ctrl held or not; returns the vertical delta the window saw. */
    private static double wheel(FxRobot robot, VerticalDirection direction, boolean control) {
        javafx.scene.Node scroller = robot.lookup("#previewScroller").query();
        double[] seen = {0};
        javafx.event.EventHandler<ScrollEvent> record = event -> seen[0] = event.getDeltaY();
        robot.interact(() -> scroller.addEventFilter(ScrollEvent.SCROLL, record));
        robot.moveTo(scroller);
        if (control) {
            robot.press(KeyCode.CONTROL);
        }
        try {
            robot.scroll(1, direction);
        } finally {
            if (control) {
                robot.release(KeyCode.CONTROL);
            }
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scroller.removeEventFilter(ScrollEvent.SCROLL, record));
        }
        assertThat(seen[0]).as("the wheel reached the preview").isNotZero();
        return seen[0];
    }

    @Test
    void ctrlAndTheWheelZoomInAndOutAndTheWheelAloneLeavesTheZoom(FxRobot robot) throws Exception {
        showMainWindow(robot, data.messages);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#officeBox").queryComboBox().getValue() != null);
        robot.clickOn("#titleField").write("Audience au Ministère");
        if (robot.lookup("#previewScroller").tryQuery().isEmpty()) {
            // the preview is a remembered choice of the View menu: shown here whatever was chosen before
            robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#previewScroller").tryQuery().isPresent());
        robot.clickOn("#bodyArea").write("Le Ministre a reçu en audience l’Ambassadeur.");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#previewImage").tryQuery()
                .map(node -> ((ImageView) node).getImage() != null).orElse(false));
        int fitted = percent(robot);

        // the wheel turned away from the user gives a positive delta in JavaFX: that way zooms in, as in a browser
        double first = wheel(robot, VerticalDirection.UP, true);
        int afterFirst = percent(robot);
        double second = wheel(robot, VerticalDirection.DOWN, true);
        int afterSecond = percent(robot);
        wheel(robot, VerticalDirection.UP, false);
        wheel(robot, VerticalDirection.DOWN, false);

        assertThat(Math.signum(second)).as("the two turns went opposite ways").isEqualTo(-Math.signum(first));
        assertThat(Integer.signum(afterFirst - fitted)).as("Ctrl + wheel (delta %s) from %d %% gave %d %%", first,
                fitted, afterFirst).isEqualTo((int) Math.signum(first));
        assertThat(Integer.signum(afterSecond - afterFirst)).as("Ctrl + wheel (delta %s) from %d %% gave %d %%",
                second, afterFirst, afterSecond).isEqualTo((int) Math.signum(second));
        assertThat(percent(robot)).as("the wheel alone scrolls, it does not zoom").isEqualTo(afterSecond);
    }
}
