package org.pressdesk.ui.server;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The status bar element that says when the shared server stops answering, and when it is back. */
public final class ServerStatusLabel {
    /** How often the server is asked; a lost connection is said within this time. */
    static final Duration EVERY = Duration.seconds(5);

    private ServerStatusLabel() {
    }

    public static HBox create(ServerStatusViewModel model) {
        Label label = new Label();
        label.setId("serverStatus");
        label.getStyleClass().add("server-status");
        label.textProperty().bind(model.notice());
        label.accessibleTextProperty().bind(model.notice());
        label.visibleProperty().bind(model.notice().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        HBox box = new HBox(label);
        box.getStylesheets().add(ServerStatusLabel.class.getResource("server.css").toExternalForm());
        if (model.watching()) {
            Timeline poll = new Timeline();
            boolean[] shown = {false};
            poll.getKeyFrames().add(new KeyFrame(EVERY, e -> {
                javafx.stage.Window window = label.getScene() == null ? null : label.getScene().getWindow();
                if (window != null && window.isShowing()) {
                    shown[0] = true;
                    model.check();
                } else if (shown[0]) {
                    poll.stop(); // its window has closed
                }
            }));
            poll.setCycleCount(Timeline.INDEFINITE);
            poll.play();
        }
        return box;
    }
}
