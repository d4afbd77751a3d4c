package org.pressdesk.ui.main;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.editor.ConflictChoice;
import org.pressdesk.ui.editor.EditorViewModel;

/** Asks what to keep when someone else saved the communiqué meanwhile; nothing is written before the answer. */
final class ConflictPrompt {
    private final EditorViewModel editor;
    private final Messages messages;
    private final Window owner;

    ConflictPrompt(EditorViewModel editor, Messages messages, Window owner) {
        this.editor = editor;
        this.messages = messages;
        this.owner = owner;
    }

    void install() {
        editor.conflict().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> ask(now));
            }
        });
    }

    private void ask(ConflictException conflict) {
        Communique theirs = conflict.current();
        String when = messages.moment(theirs.updated().at());
        Map<ButtonType, ConflictChoice> choices = Map.of(
                new ButtonType(messages.get("conflict.keepMine"), ButtonBar.ButtonData.YES), ConflictChoice.KEEP_MINE,
                new ButtonType(messages.get("conflict.takeTheirs"), ButtonBar.ButtonData.NO),
                ConflictChoice.TAKE_THEIRS,
                new ButtonType(messages.get("conflict.saveAsNew"), ButtonBar.ButtonData.OTHER),
                ConflictChoice.SAVE_AS_NEW,
                new ButtonType(messages.get("conflict.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE),
                ConflictChoice.CANCEL);
        Alert alert = Alerts.create(owner, Alert.AlertType.WARNING, messages, messages.get("conflict.header"),
                messages.get("conflict.text", theirs.updated().displayName(), when, theirs.revision()));
        alert.getButtonTypes().setAll(choices.keySet().stream()
                .sorted((a, b) -> choices.get(a).compareTo(choices.get(b))).toList());
        alert.getDialogPane().setId("conflictDialog");
        // each button as wide as its own label: made as wide as the longest, the four filled a 1366 px screen
        alert.getButtonTypes().forEach(type -> ButtonBar.setButtonUniformSize(alert.getDialogPane()
                .lookupButton(type), false));
        ConflictChoice choice = alert.showAndWait().map(choices::get).orElse(ConflictChoice.CANCEL);
        editor.resolve(choice);
    }
}
