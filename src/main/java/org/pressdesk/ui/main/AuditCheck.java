package org.pressdesk.ui.main;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.common.UiContext;

/** Checks the audit trail's chain in the background and says what it found. */
public final class AuditCheck {
    private final UiContext context;
    private final AuditVerifier verifier;
    private final Window owner;

    public AuditCheck(UiContext context, AuditVerifier verifier, Window owner) {
        this.context = context;
        this.verifier = verifier;
        this.owner = owner;
    }

    public void run() {
        Messages messages = context.messages();
        context.persistence().run(() -> verifier.verify(), result -> {
            if (result.intact()) {
                Alerts.create(owner, Alert.AlertType.INFORMATION, messages, messages.get("audit.title"),
                        messages.get("audit.intact", result.checked())).showAndWait();
            } else {
                AuditVerifier.Break broken = result.firstBreak().orElseThrow();
                String text = broken.entryId() == null ? messages.get("audit.truncated", result.checked())
                        : messages.get("audit.broken." + broken.reason(), broken.entryId(), result.checked());
                Alerts.error(owner, messages, text);
            }
        }, failure -> Alerts.error(owner, messages, Failures.describe(failure, messages)));
    }
}
