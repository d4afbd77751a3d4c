package org.pressdesk.ui.signin;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.pressdesk.account.AccountService;
import org.pressdesk.i18n.Messages;

/** The screen between the sign-in and the main window when the password must be changed first. */
public final class NewPasswordView extends VBox {

    public NewPasswordView(NewPasswordViewModel model, Messages messages, Runnable onChosen) {
        getStyleClass().add("sign-in");
        getStylesheets().add(NewPasswordView.class.getResource("signin.css").toExternalForm());
        setId("newPasswordView");
        setAlignment(Pos.CENTER);
        Label heading = new Label(model.heading());
        heading.getStyleClass().add("title-2");
        Label why = new Label(messages.get("newPassword.why", AccountService.MIN_PASSWORD_LENGTH));
        why.setId("newPasswordWhy");
        why.setWrapText(true);
        why.setMaxWidth(440);

        PasswordField first = field("newPasswordField", messages.get("newPassword.password"));
        first.textProperty().bindBidirectional(model.password());
        PasswordField second = field("repeatPasswordField", messages.get("newPassword.repeat"));
        second.textProperty().bindBidirectional(model.repeated());
        GridPane form = new GridPane();
        form.getStyleClass().add("sign-in-form");
        form.setHgap(8);
        form.setVgap(8);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, caption(messages.get("newPassword.password"), first), first);
        form.addRow(1, caption(messages.get("newPassword.repeat"), second), second);

        Button choose = new Button(messages.get("newPassword.button"));
        choose.setId("choosePasswordButton");
        choose.setDefaultButton(true);
        choose.disableProperty().bind(model.canChoose().not());
        choose.setOnAction(e -> model.choose(onChosen));
        Label error = new Label();
        error.setId("newPasswordError");
        error.getStyleClass().add("sign-in-error");
        error.setWrapText(true);
        error.setMaxWidth(440);
        error.textProperty().bind(model.error());
        Label saving = new Label();
        saving.textProperty().bind(Bindings.when(model.busy()).then(messages.get("newPassword.saving"))
                .otherwise(""));
        getChildren().addAll(heading, why, form, choose, saving, error);
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(first::requestFocus);
            }
        });
    }

    private static PasswordField field(String id, String accessible) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessible);
        return field;
    }

    private static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
