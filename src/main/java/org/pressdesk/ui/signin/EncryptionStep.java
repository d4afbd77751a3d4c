package org.pressdesk.ui.signin;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;

/** The choice to encrypt the new database (ticked by default), with what each choice means. */
final class EncryptionStep extends VBox {

    EncryptionStep(BooleanProperty encrypted, Messages messages) {
        super(4);
        setId("setupEncryption");
        CheckBox box = new CheckBox(messages.get("setup.encrypt"));
        box.setId("setupEncrypt");
        box.setAccessibleText(messages.get("setup.encrypt"));
        box.selectedProperty().bindBidirectional(encrypted);
        Label why = new Label();
        why.setId("setupEncryptWhy");
        why.setWrapText(true);
        why.setMaxWidth(720);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, never cut short
        setMaxWidth(720);
        why.textProperty().bind(Bindings.when(encrypted).then(messages.get("setup.encrypt.why"))
                .otherwise(messages.get("setup.plain.why")));
        why.getStyleClass().add("setup-encryption-why");
        getChildren().addAll(box, why);
    }
}
