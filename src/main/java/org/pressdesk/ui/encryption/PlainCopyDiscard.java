package org.pressdesk.ui.encryption;

import java.util.concurrent.Callable;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.common.UiContext;

/**
 * Outils → Supprimer la copie en clair…: after a conversion, the unencrypted original waits beside the encrypted
 * database until an administrator has looked at the converted one; this deletes it, once asked (there is no undo),
 * in the background, and says what it did. Offered only while such a copy is there.
 */
public final class PlainCopyDiscard {
    private final UiContext context;
    private final Callable<Boolean> discard;
    private final Object folder;
    private final Window owner;

    /** {@code discard} deletes the copy and says whether there was one; {@code folder} is named in the messages. */
    public PlainCopyDiscard(UiContext context, Callable<Boolean> discard, Object folder, Window owner) {
        this.context = context;
        this.discard = discard;
        this.folder = folder;
        this.owner = owner;
    }

    public void run() {
        Messages messages = context.messages();
        ButtonType delete = new ButtonType(messages.get("plainCopy.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("plainCopy.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert question = Alerts.create(owner, Alert.AlertType.CONFIRMATION, messages,
                messages.get("plainCopy.header"), messages.get("plainCopy.text", folder));
        question.getButtonTypes().setAll(delete, keep);
        question.getDialogPane().setId("plainCopyDialog");
        if (question.showAndWait().orElse(keep) != delete) {
            return;
        }
        context.persistence().run(discard, removed -> Alerts.create(owner, Alert.AlertType.INFORMATION, messages,
                messages.get("plainCopy.header"), messages.get(removed ? "encrypt.discarded" : "encrypt.noCopy",
                        folder)).showAndWait(),
                failure -> Alerts.error(owner, messages, Failures.describe(failure, messages)));
    }
}
