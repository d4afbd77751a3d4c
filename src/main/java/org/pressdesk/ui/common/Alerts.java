package org.pressdesk.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.pressdesk.i18n.Messages;

/** Dialog boxes in the user's language, titled "PressDesk". */
public final class Alerts {
    private Alerts() {
    }

    public static Alert create(Window owner, Alert.AlertType type, Messages messages, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.dialogTitle"));
        alert.setHeaderText(header);
        alert.setContentText(text);
        keepButtonLabels(alert.getDialogPane());
        return alert;
    }

    /** The dialog grows to show its buttons' whole labels ("Enregistrer comme nouveau…") instead of cutting them. */
    public static void keepButtonLabels(DialogPane pane) {
        pane.setMinWidth(Region.USE_PREF_SIZE);
        Runnable widen = () -> pane.getButtonTypes().forEach(type -> {
            Node button = pane.lookupButton(type);
            if (button instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        widen.run();
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> widen.run());
    }

    public static void error(Window owner, Messages messages, String text) {
        Alert alert = create(owner, Alert.AlertType.ERROR, messages, messages.get("app.errorHeader"), text);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("app.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }
}
