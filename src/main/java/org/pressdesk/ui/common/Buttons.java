package org.pressdesk.ui.common;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/**
 * The one way the windows make a plain button: an id for tests, its text read out by screen readers, an action, and
 * a width that never falls below its text (a crowded row gives way elsewhere rather than showing "Com…").
 */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
