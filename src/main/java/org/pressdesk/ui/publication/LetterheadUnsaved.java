package org.pressdesk.ui.publication;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;

/** Closing the letterhead editor with changes not saved: save them, drop them, or stay. Nothing goes silently. */
final class LetterheadUnsaved {
    private final LetterheadViewModel model;
    private final Messages messages;
    private final Window owner;

    LetterheadUnsaved(LetterheadViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    /** Asks, then runs {@code close} after a save or a discard; staying runs nothing. */
    void ask(Runnable close) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Alerts.create(owner, Alert.AlertType.CONFIRMATION, messages,
                messages.get("letterhead.unsaved.header", model.office().get().code()),
                messages.get("letterhead.unsaved.text"));
        alert.getButtonTypes().setAll(save, drop, stay);
        alert.getDialogPane().setId("letterheadUnsavedDialog");
        ButtonType answer = alert.showAndWait().orElse(stay);
        if (answer == save) {
            model.save(close);
        } else if (answer == drop) {
            close.run();
        }
    }
}
