package org.pressdesk.ui.server;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Buttons;
import org.pressdesk.ui.common.LabelledFields;

/**
 * *Se connecter à un serveur…*: the shared server's address, role, CA file and password, a connection test and
 * *Se souvenir*. Reached from the first-start screen, and shown at start when the server needs a password or failed.
 */
public final class ServerFormView extends VBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final double TEXT_WIDTH = 640;
    /** Room for the CA file's prompt in French, the longer language. */
    private static final int CA_FILE_COLUMNS = 36;

    /** {@code onBack} returns to this machine's own database. */
    public ServerFormView(ServerFormViewModel model, Messages messages,
            Consumer<ServerFormViewModel.Connection> onConnected, Runnable onBack) {
        getStyleClass().add("server-form");
        getStylesheets().add(ServerFormView.class.getResource("server.css").toExternalForm());
        setId("serverFormView");
        setAlignment(Pos.CENTER);
        Label heading = new Label(messages.get("server.form.heading"));
        heading.getStyleClass().add("title-2");
        LabelledFields form = new LabelledFields();
        TextField host = form.add("serverHost", messages.get("server.form.host"), new TextField(), model.host());
        form.add("serverPort", messages.get("server.form.port"), new TextField(), model.port());
        form.add("serverDatabase", messages.get("server.form.database"), new TextField(), model.database());
        form.add("serverUser", messages.get("server.form.user"), new TextField(), model.user());
        TextField caFile = form.add("serverCaFile", messages.get("server.form.caFile"), new TextField(),
                model.caFile());
        caFile.setPromptText(messages.get("server.form.caFilePrompt"));
        caFile.setPrefColumnCount(CA_FILE_COLUMNS); // its prompt says what the file is for: read whole
        caFile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        PasswordField password = form.add("serverPassword", messages.get("server.form.password"),
                new PasswordField(), model.password());
        CheckBox remember = new CheckBox(messages.get("server.form.remember"));
        remember.setId("serverRemember");
        remember.setAccessibleText(messages.get("server.form.remember"));
        remember.selectedProperty().bindBidirectional(model.remember());
        Label hint = wrapped(messages.get("server.form.rememberHint"));
        hint.getStyleClass().add("server-form-hint");
        getChildren().addAll(heading, wrapped(messages.get("server.form.intro")), form, remember, hint,
                buttons(model, messages, onConnected, onBack), result(model));
        TextInputControl first = model.host().get().isBlank() ? host : password;
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(first::requestFocus);
            }
        });
    }

    private static HBox buttons(ServerFormViewModel model, Messages messages,
            Consumer<ServerFormViewModel.Connection> onConnected, Runnable onBack) {
        Button test = Buttons.of("serverTest", messages.get("server.form.test"), model::testConnection);
        test.disableProperty().bind(model.complete().not());
        Button connect = Buttons.of("serverConnect", messages.get("server.form.connect"),
                () -> model.connect(onConnected));
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.complete().not());
        Button back = Buttons.of("serverBack", messages.get("server.form.back"), onBack);
        back.disableProperty().bind(model.busy());
        HBox buttons = new HBox(8, test, connect, back);
        buttons.setAlignment(Pos.CENTER);
        return buttons;
    }

    private static Label result(ServerFormViewModel model) {
        Label result = wrapped("");
        result.setId("serverResult");
        result.getStyleClass().add("server-form-result");
        result.textProperty().bind(model.result());
        model.failed().addListener((o, was, now) -> result.pseudoClassStateChanged(FAILED, now));
        result.pseudoClassStateChanged(FAILED, model.failed().get());
        return result;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, never cut short
        return label;
    }
}
