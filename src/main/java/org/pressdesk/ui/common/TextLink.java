package org.pressdesk.ui.common;

import javafx.beans.property.StringProperty;

/**
 * Keeps a field's text and a view model's text equal whichever changes, as {@code bindBidirectional} does, for the
 * first window: {@code bindBidirectional} goes through {@code Bindings}, whose hundred inner classes were loaded and
 * checked before the sign-in could be painted (issue 14). The two live as long as each other (a view and its model).
 */
public final class TextLink {
    private boolean copying;

    private TextLink() {
    }

    /** {@code field} takes the model's text at once, then each follows the other. */
    public static void bothWays(StringProperty field, StringProperty model) {
        TextLink link = new TextLink();
        field.set(model.get());
        field.addListener((o, was, now) -> link.copy(now, model));
        model.addListener((o, was, now) -> link.copy(now, field));
    }

    private void copy(String text, StringProperty to) {
        if (copying) {
            return;
        }
        copying = true;
        try {
            to.set(text);
        } finally {
            copying = false;
        }
    }
}
