package org.pressdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.pressdesk.i18n.Messages;

/** The question before unsaved work would go: save it, drop it, or stay. Closing the question means staying. */
public enum SaveChoice {
    SAVE, DISCARD, STAY;

    /** Asks with {@code header} and {@code text}; the dialog pane gets {@code dialogId} for tests. */
    public static SaveChoice ask(Window owner, Messages messages, String header, String text, String dialogId) {
        return ask(owner, messages, header, text, dialogId, "unsaved.save");
    }

    /** The same question, its first button saying what keeping the work does ({@code saveKey}: "Ajouter…"). */
    public static SaveChoice ask(Window owner, Messages messages, String header, String text, String dialogId,
            String saveKey) {
        ButtonType save = new ButtonType(messages.get(saveKey), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Alerts.create(owner, Alert.AlertType.CONFIRMATION, messages, header, text);
        alert.getButtonTypes().setAll(save, drop, stay);
        alert.getDialogPane().setId(dialogId);
        ButtonType answer = alert.showAndWait().orElse(stay);
        return answer == save ? SAVE : answer == drop ? DISCARD : STAY;
    }

    /**
     * The one rule for typed work about to go (a window closing, another item or office shown, the user
     * changing): {@code SAVE} saves, then goes on once saved; {@code DISCARD} drops, then goes on; {@code STAY}
     * does nothing, so the work stays where it was.
     */
    public void then(java.util.function.Consumer<Runnable> save, Runnable discard, Runnable next) {
        switch (this) {
            case SAVE -> save.accept(next);
            case DISCARD -> {
                discard.run();
                next.run();
            }
            case STAY -> { }
        }
    }
}
