package org.pressdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressdesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's rehearsal during the sign-in: every step runs on the JavaFX thread without a failure, the
 * sign-in's window stays the only one and keeps taking input between the steps, and a sign-in stops it.
 */
@ExtendWith(ApplicationExtension.class)
class WindowRehearsalTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
        stage.setScene(new Scene(new Label("Connexion"), 300, 200));
        stage.show();
    }

    @Test
    void everyStepRunsAndNoWindowOpens(FxRobot robot) throws Exception {
        List<Window> before = WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get();
        boolean[] between = new boolean[1];
        WindowRehearsal rehearsal = WaitForAsyncUtils.asyncFx(WindowRehearsal::start).get();
        // queued after the first step: it runs before the rehearsal's last step, as a keystroke would
        robot.interact(() -> between[0] = !rehearsal.finished().isDone());
        assertThat(rehearsal.finished().get(60, TimeUnit.SECONDS)).as("every step ran").isTrue();
        assertThat(rehearsal.stepsRun()).isEqualTo(rehearsal.steps()).isGreaterThan(10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(between[0]).as("other work of the JavaFX thread ran between the steps").isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get()).isEqualTo(before);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void aSignInStopsTheStepsNotRunYet(FxRobot robot) throws Exception {
        WindowRehearsal rehearsal = WaitForAsyncUtils.asyncFx(() -> {
            WindowRehearsal started = WindowRehearsal.start();
            started.stop(); // before its first step, queued behind this
            return started;
        }).get();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(rehearsal.stepsRun()).isZero();
        assertThat(rehearsal.finished()).isCancelled();

        WindowRehearsal later = WaitForAsyncUtils.asyncFx(WindowRehearsal::start).get();
        robot.interact(() -> { }); // one step ran, perhaps two
        robot.interact(later::stop);
        int ran = later.stepsRun();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(later.stepsRun()).as("no step after the stop").isEqualTo(ran).isLessThan(later.steps());
    }
}
