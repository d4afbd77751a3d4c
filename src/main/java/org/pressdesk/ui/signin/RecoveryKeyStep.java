package org.pressdesk.ui.signin;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;

/**
 * The recovery key of a database just encrypted, shown once: the way on is open only after the person says it is
 * written down.
 */
public final class RecoveryKeyStep extends VBox {

    public RecoveryKeyStep(RecoveryKeyModel model, Messages messages) {
        super(14);
        getStyleClass().add("sign-in");
        getStylesheets().add(RecoveryKeyStep.class.getResource("signin.css").toExternalForm());
        setId("recoveryKeyStep");
        setAlignment(Pos.CENTER);
        Label heading = new Label(messages.get("setup.recovery.heading"));
        heading.getStyleClass().add("title-2");
        Label intro = new Label(messages.get("setup.recovery.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField key = new TextField(model.key());
        key.setId("recoveryKey");
        key.setEditable(false);
        key.setAccessibleText(messages.get("setup.recovery.heading"));
        key.getStyleClass().add("recovery-key");
        key.setMaxWidth(560);
        CheckBox written = new CheckBox(messages.get("setup.recovery.written"));
        written.setId("recoveryWritten");
        written.selectedProperty().bindBidirectional(model.written());
        Button next = new Button(messages.get("setup.recovery.continue"));
        next.setId("recoveryContinue");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.written().not());
        next.setOnAction(e -> model.carryOn());
        getChildren().addAll(heading, intro, key, written, next);
    }
}
