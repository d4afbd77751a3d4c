package org.pressdesk.ui;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The "save, drop or stay" question of a window closed with typed work, as the tests answer it. */
public final class UnsavedQuestion {
    private UnsavedQuestion() {
    }

    /** Asks {@code window} to close, as its close button does, and waits for the question {@code dialogId}. */
    public static void closing(FxRobot robot, Window window, String dialogId) throws Exception {
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + dialogId).queryAll().stream()
                .anyMatch(node -> node.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The button reading {@code text} of the question {@code dialogId} on show now. */
    public static Node button(FxRobot robot, String dialogId, String text) {
        return robot.lookup("#" + dialogId).queryAll().stream()
                .filter(node -> node.getScene().getWindow().isShowing()).findFirst()
                .map(dialog -> ((DialogPane) dialog).getButtonTypes().stream()
                        .filter(type -> type.getText().equals(text)).findFirst()
                        .map(((DialogPane) dialog)::lookupButton).orElseThrow())
                .orElseThrow();
    }
}
