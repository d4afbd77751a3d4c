package org.pressdesk.ui.signin;

import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;

/** The sign-in form; after a demo start it also lists the demo accounts and their passwords. */
public final class SignInView extends VBox {

    public SignInView(SignInViewModel model, Messages messages, String dataDirectory, Map<String, String> demo,
            Consumer<UserAccount> onSignedIn) {
        getStyleClass().add("sign-in");
        getStylesheets().add(SignInView.class.getResource("signin.css").toExternalForm());
        setId("signInView");
        setAlignment(Pos.CENTER);
        Label heading = new Label(messages.get("signIn.heading"));
        heading.getStyleClass().add("title-2");
        Label where = new Label(messages.get("signIn.dataDirectory", dataDirectory));
        where.getStyleClass().add("sign-in-where");

        TextField user = new TextField();
        user.setId("usernameField");
        user.setAccessibleText(messages.get("signIn.username"));
        user.textProperty().bindBidirectional(model.username());
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        password.setAccessibleText(messages.get("signIn.password"));
        password.textProperty().bindBidirectional(model.password());
        GridPane form = new GridPane();
        form.getStyleClass().add("sign-in-form");
        form.setHgap(8);
        form.setVgap(8);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, caption(messages.get("signIn.username"), user), user);
        form.addRow(1, caption(messages.get("signIn.password"), password), password);

        Button signIn = new Button(messages.get("signIn.button"));
        signIn.setId("signInButton");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.canSignIn().not());
        signIn.setOnAction(e -> model.signIn(onSignedIn));
        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add("sign-in-error");
        error.textProperty().bind(model.error());
        Label checking = new Label();
        checking.setId("signInChecking");
        checking.textProperty().bind(javafx.beans.binding.Bindings.when(model.busy())
                .then(messages.get("signIn.checking")).otherwise(""));
        getChildren().addAll(heading, where, form, signIn, checking, error);
        if (!demo.isEmpty()) {
            getChildren().add(demoAccounts(messages, demo));
        }
        // with the name already known (--user, the demonstration), what is typed next is the password
        TextField first = model.username().get() == null || model.username().get().isBlank() ? user : password;
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(first::requestFocus);
            }
        });
    }

    private static Label demoAccounts(Messages messages, Map<String, String> demo) {
        StringBuilder text = new StringBuilder(messages.get("signIn.demoAccounts"));
        demo.forEach((name, password) -> text.append('\n').append(messages.get("signIn.demoAccount", name, password)));
        Label label = new Label(text.toString());
        label.setId("demoAccounts");
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.getStyleClass().add("sign-in-demo");
        return label;
    }

    private static Label caption(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
