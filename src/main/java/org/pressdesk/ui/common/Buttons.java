package org.pressdesk.ui.common;

import javafx.scene.control.Button;

/** The one way the windows make a plain button: an id for tests, its text read out by screen readers, an action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        button.setOnAction(e -> action.run());
        return button;
    }
}
