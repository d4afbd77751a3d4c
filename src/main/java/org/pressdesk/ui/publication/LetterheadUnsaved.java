package org.pressdesk.ui.publication;

import javafx.stage.Window;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.SaveChoice;

/** Closing the letterhead editor with changes not saved: save them, drop them, or stay. Nothing goes silently. */
final class LetterheadUnsaved {
    private LetterheadUnsaved() {
    }

    /** Asks, then runs {@code close} after a save or a discard; staying runs nothing. */
    static void ask(LetterheadViewModel model, Messages messages, Window owner, Runnable close) {
        SaveChoice answer = SaveChoice.ask(owner, messages,
                messages.get("letterhead.unsaved.header", model.office().get().code()),
                messages.get("letterhead.unsaved.text"), "letterheadUnsavedDialog");
        if (answer == SaveChoice.SAVE) {
            model.save(close);
        } else if (answer == SaveChoice.DISCARD) {
            close.run();
        }
    }
}
