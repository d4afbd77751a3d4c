package org.pressdesk.ui.main;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.pressdesk.app.LogSetup;
import org.pressdesk.app.Version;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.common.UiContext;

/** "À propos": the version, where the data and the log live, and the licences of what PressDesk bundles. */
final class AboutDialog {
    private final UiContext context;
    private final Window owner;

    AboutDialog(UiContext context, Window owner) {
        this.context = context;
        this.owner = owner;
    }

    void show() {
        Messages messages = context.messages();
        Alert alert = Alerts.create(owner, Alert.AlertType.INFORMATION, messages,
                messages.get("about.header", Version.current()),
                messages.get("about.text", context.services().dataDirectory(),
                        System.getProperty(LogSetup.PROPERTY, ""), System.getProperty("java.version")));
        alert.getDialogPane().setId("aboutDialog");
        alert.showAndWait();
    }
}
