package org.pressdesk.ui.publication;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Failures;
import org.pressdesk.signing.SigningLockedException;
import org.pressdesk.ui.common.UiContext;

/**
 * Asks for an office's signing password when a published text is to be signed and its key is still locked, unlocks
 * the key in the background, then goes on. The password is never kept: the unlocked key lives in memory until the
 * program ends (docs/decisions/0006).
 */
public final class SigningPrompt {
    private final UiContext context;
    private final PublicationServices services;
    private final Window owner;

    public SigningPrompt(UiContext context, PublicationServices services, Window owner) {
        this.context = context;
        this.services = services;
        this.owner = owner;
    }

    /** Runs {@code then} once the office's key is unlocked, or at once when it need not be. */
    public void ensureUnlocked(long officeId, Runnable then, Runnable cancelled) {
        context.persistence().run(() -> {
            Office office = services.offices().find(officeId).orElseThrow();
            try {
                services.certificates().signingKey(office);
                return Optional.<Office>empty();
            } catch (SigningLockedException locked) {
                return Optional.of(office);
            } catch (PressDeskException noCertificate) {
                return Optional.<Office>empty();
            }
        }, locked -> {
            if (locked.isEmpty()) {
                then.run();
            } else {
                ask(locked.get(), null, then, cancelled);
            }
        }, failure -> then.run());
    }

    private void ask(Office office, String problem, Runnable then, Runnable cancelled) {
        Optional<char[]> password = password(office, problem);
        if (password.isEmpty()) {
            cancelled.run();
            return;
        }
        char[] typed = password.get();
        context.persistence().run(() -> {
            try {
                services.certificates().unlock(office, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
            return office;
        }, unlocked -> then.run(), failure -> ask(office, Failures.describe(failure, context.messages()), then, cancelled));
    }

    private Optional<char[]> password(Office office, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(context.messages().get("app.dialogTitle"));
        dialog.setHeaderText(context.messages().get("signing.prompt.header", office.code()));
        PasswordField field = new PasswordField();
        field.setId("signingPassword");
        field.setAccessibleText(context.messages().get("signing.prompt.accessible"));
        Label error = new Label(problem == null ? "" : problem);
        error.getStyleClass().add("verify-bad");
        dialog.getDialogPane().setContent(new VBox(8, new Label(context.messages().get("signing.prompt.text")),
                field, error));
        ButtonType unlock = new ButtonType(context.messages().get("signing.prompt.unlock"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        // JavaFX's own Cancel speaks the machine's language, not the interface's
        ButtonType cancel = new ButtonType(context.messages().get("signing.prompt.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(unlock, cancel);
        dialog.setResultConverter(button -> button == unlock ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
