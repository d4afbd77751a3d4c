package org.pressdesk.ui.exchange;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pressdesk.exchange.InstallationService;
import org.pressdesk.i18n.Messages;

/**
 * Shows what a peer's certificate file says, with the fingerprint to compare aloud with the other screen, and asks
 * the name to know it by. Nothing is added unless the administrator confirms.
 */
final class PeerConfirmation {
    private final Window owner;
    private final Messages messages;

    PeerConfirmation(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** The groups of four digits on two lines, so that the whole fingerprint is read without scrolling. */
    static String twoLines(String readable) {
        int middle = readable.indexOf(' ', readable.length() / 2 - 2);
        return middle < 0 ? readable : readable.substring(0, middle) + "\n" + readable.substring(middle + 1);
    }

    /** The name to add the peer under, or empty when the administrator does not add it. */
    Optional<String> ask(InstallationService.Candidate candidate) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.dialogTitle"));
        dialog.setHeaderText(messages.get("exchange.window.confirmHeader", candidate.displayName()));
        Label fingerprint = new Label(twoLines(InstallationService.readable(candidate.fingerprint())));
        fingerprint.setId("candidateFingerprint");
        fingerprint.getStyleClass().addAll("fingerprint", "candidate-fingerprint");
        fingerprint.setAccessibleText(messages.get("exchange.window.fingerprint.accessible"));
        TextField name = new TextField(candidate.displayName());
        name.setId("candidateName");
        name.setAccessibleText(messages.get("exchange.window.peerName"));
        Label nameLabel = new Label(messages.get("exchange.window.peerName"));
        nameLabel.setLabelFor(name);
        Label compare = new Label(messages.get("exchange.window.compare", messages.get(candidate.headquarters()
                ? "exchange.window.headquarters" : "exchange.window.field", candidate.displayName())));
        compare.setWrapText(true);
        compare.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, compare, fingerprint, nameLabel, name));
        dialog.getDialogPane().getStylesheets().add(
                PeerConfirmation.class.getResource("exchange.css").toExternalForm());
        ButtonType add = new ButtonType(messages.get("exchange.window.confirmAdd"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, new ButtonType(messages.get("exchange.window.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(add).setId("confirmAddPeerButton");
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == add ? name.getText().strip() : null);
        return dialog.showAndWait().filter(chosen -> !chosen.isEmpty());
    }
}
