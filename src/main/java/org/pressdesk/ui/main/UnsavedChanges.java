package org.pressdesk.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.editor.EditorViewModel;

/**
 * Before the editor's text is replaced or its window closed: if the text is unsaved, the user saves it, drops it,
 * or stays. Until they answer, the text is safe in the autosave.
 */
final class UnsavedChanges {
    private final EditorViewModel editor;
    private final Messages messages;
    private final Window owner;

    UnsavedChanges(EditorViewModel editor, Messages messages, Window owner) {
        this.editor = editor;
        this.messages = messages;
        this.owner = owner;
    }

    void thenRun(Runnable next) {
        if (!editor.dirty().get()) {
            next.run();
            return;
        }
        editor.flush();
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String title = editor.title().get().isBlank() ? messages.get("main.untitled") : editor.title().get();
        Alert alert = Alerts.create(owner, Alert.AlertType.CONFIRMATION, messages,
                messages.get("unsaved.header", title), messages.get("unsaved.text"));
        alert.getButtonTypes().setAll(save, drop, stay);
        alert.getDialogPane().setId("unsavedDialog");
        ButtonType answer = alert.showAndWait().orElse(stay);
        if (answer == save) {
            editor.save(next);
        } else if (answer == drop) {
            editor.discardChanges();
            next.run();
        }
    }
}
