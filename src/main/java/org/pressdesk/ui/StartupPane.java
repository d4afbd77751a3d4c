package org.pressdesk.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while the database opens, or why it could not. */
final class StartupPane extends VBox {

    StartupPane(String text) {
        super(16);
        setId("startupPane");
        setAlignment(Pos.CENTER);
        Label label = new Label(text);
        label.setWrapText(true);
        getChildren().addAll(new ProgressIndicator(), label);
    }

    private StartupPane(String text, String buttonText, Runnable action) {
        super(16);
        setId("startupFailure");
        setAlignment(Pos.CENTER);
        setPadding(new javafx.geometry.Insets(24));
        Label label = new Label(text);
        label.setId("startupError");
        label.setWrapText(true);
        label.setMaxWidth(560);
        Button button = new Button(buttonText);
        button.setId("startupQuit");
        button.setDefaultButton(true);
        button.setOnAction(e -> action.run());
        getChildren().addAll(label, button);
    }

    static StartupPane failure(String text, String buttonText, Runnable action) {
        return new StartupPane(text, buttonText, action);
    }
}
