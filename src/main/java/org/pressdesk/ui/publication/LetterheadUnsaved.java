package org.pressdesk.ui.publication;

import javafx.stage.Window;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.SaveChoice;

/** Closing the letterhead editor with changes not saved: save them, drop them, or stay. Nothing goes silently. */
final class LetterheadUnsaved {
    private LetterheadUnsaved() {
    }

    /**
     * Asks, then runs {@code next} (closing the window, or showing another office) after a save or a discard;
     * staying runs nothing. Without unsaved changes, {@code next} runs at once.
     */
    static void ask(LetterheadViewModel model, Messages messages, Window owner, Runnable next) {
        ask(model, messages, owner, "letterhead.unsaved.text", next);
    }

    /** The same, the question's text ({@code textKey}) saying what comes next. */
    static void ask(LetterheadViewModel model, Messages messages, Window owner, String textKey, Runnable next) {
        if (!model.hasUnsavedChanges()) {
            next.run();
            return;
        }
        SaveChoice.ask(owner, messages, messages.get("letterhead.unsaved.header", model.office().get().code()),
                messages.get(textKey), "letterheadUnsavedDialog").then(model::save, () -> { },
                        next);
    }
}
