package org.pressdesk.ui.exchange;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pressdesk.i18n.Messages;

/** Asks for the exchange key's password before a file is signed; the typed characters are handed over once. */
final class PasswordPrompt {
    private final Window owner;
    private final Messages messages;

    PasswordPrompt(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    Optional<char[]> ask(String peer) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.dialogTitle"));
        dialog.setHeaderText(messages.get("exchange.window.passwordHeader", peer));
        PasswordField field = new PasswordField();
        field.setId("exchangePassword");
        field.setAccessibleText(messages.get("exchange.window.password"));
        Label label = new Label(messages.get("exchange.window.password"));
        label.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(8, label, field));
        ButtonType sign = new ButtonType(messages.get("exchange.window.signAndWrite"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(sign, new ButtonType(messages.get("exchange.window.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(sign).setId("signAndWriteButton");
        dialog.getDialogPane().lookupButton(sign).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == sign ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        Optional<char[]> typed = dialog.showAndWait();
        field.clear();
        return typed;
    }
}
