package org.pressdesk.ui.server;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Buttons;

/**
 * *Se connecter à un serveur…*: the shared server's address, role, CA file and password, a connection test and
 * *Se souvenir*. Reached from the first-start screen, and shown at start when the server needs a password or failed.
 */
public final class ServerFormView extends VBox {
    private final GridPane form = new GridPane();
    private int rows;

    /** {@code onBack} returns to the local database's screen; null when there is nothing to go back to. */
    public ServerFormView(ServerFormViewModel model, Messages messages,
            Consumer<ServerFormViewModel.Connection> onConnected, Runnable onBack) {
        getStyleClass().add("server-form");
        getStylesheets().add(ServerFormView.class.getResource("server.css").toExternalForm());
        setId("serverFormView");
        setAlignment(Pos.CENTER);
        Label heading = new Label(messages.get("server.form.heading"));
        heading.getStyleClass().add("title-2");
        Label intro = new Label(messages.get("server.form.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(540);
        form.setHgap(8);
        form.setVgap(8);
        form.setAlignment(Pos.CENTER);
        field("serverHost", messages.get("server.form.host"), new TextField(), model.host());
        field("serverPort", messages.get("server.form.port"), new TextField(), model.port());
        field("serverDatabase", messages.get("server.form.database"), new TextField(), model.database());
        field("serverUser", messages.get("server.form.user"), new TextField(), model.user());
        TextField ca = new TextField();
        ca.setPromptText(messages.get("server.form.caFilePrompt"));
        field("serverCaFile", messages.get("server.form.caFile"), ca, model.caFile());
        PasswordField password = new PasswordField();
        field("serverPassword", messages.get("server.form.password"), password, model.password());
        CheckBox remember = new CheckBox(messages.get("server.form.remember"));
        remember.setId("serverRemember");
        remember.setAccessibleText(messages.get("server.form.remember"));
        remember.selectedProperty().bindBidirectional(model.remember());
        Label hint = new Label(messages.get("server.form.rememberHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(540);
        hint.getStyleClass().add("server-form-hint");

        Button test = Buttons.of("serverTest", messages.get("server.form.test"), model::testConnection);
        test.disableProperty().bind(model.complete().not());
        Button connect = Buttons.of("serverConnect", messages.get("server.form.connect"),
                () -> model.connect(onConnected));
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.complete().not());
        HBox buttons = new HBox(8, test, connect);
        if (onBack != null) {
            Button back = Buttons.of("serverBack", messages.get("server.form.back"), onBack);
            back.disableProperty().bind(model.busy());
            buttons.getChildren().add(back);
        }
        buttons.setAlignment(Pos.CENTER);
        Label result = new Label();
        result.setId("serverResult");
        result.setWrapText(true);
        result.setMaxWidth(540);
        result.getStyleClass().add("server-form-result");
        result.textProperty().bind(model.result());
        model.failed().addListener((o, was, now) -> result.pseudoClassStateChanged(FAILED, now));
        result.pseudoClassStateChanged(FAILED, model.failed().get());
        getChildren().addAll(heading, intro, form, remember, hint, buttons, result);
        TextInputControl first = model.host().get().isBlank() ? (TextInputControl) form.lookup("#serverHost")
                : password;
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && first != null) {
                javafx.application.Platform.runLater(first::requestFocus);
            }
        });
    }

    private static final javafx.css.PseudoClass FAILED = javafx.css.PseudoClass.getPseudoClass("failed");

    private void field(String id, String caption, TextInputControl control, StringProperty value) {
        control.setId(id);
        control.setAccessibleText(caption);
        control.textProperty().bindBidirectional(value);
        Label label = new Label(caption);
        label.setLabelFor(control);
        form.addRow(rows++, label, control);
    }
}
