package org.pressdesk.ui.audit;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.audit.AuditLog;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.ui.common.UiContext;

/** The audit trail viewer in its own window. */
public final class AuditWindow {
    private final Stage stage = new Stage();

    public AuditWindow(UiContext context, AuditLog log, AuditVerifier verifier, Window owner) {
        AuditViewModel model = new AuditViewModel(log, verifier,
                context.user(), context.messages(), context.persistence());
        stage.initOwner(owner);
        stage.setTitle(context.messages().get("audit.view.windowTitle"));
        stage.setScene(new Scene(new AuditView(model, context.messages()), 1000, 640));
        model.search();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
