package org.pressdesk.ui.signin;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.FileDialogs;

/**
 * The first-start form: the administrator's account, the office and its letterhead, whether to encrypt the
 * database, or the demonstration; then, for an encrypted database, its recovery key shown once.
 */
public final class SetupView extends VBox {
    /** Text fields a little narrower than JavaFX's default, so that account, letterhead and preview fit 1366 px. */
    static final int FIELD_COLUMNS = 11;
    private final GridPane form = new GridPane();
    private int rows;

    public SetupView(SetupViewModel model, LetterheadStepModel letterhead, FileDialogs dialogs, Messages messages,
            Consumer<UserAccount> onCreated, Consumer<DemoSeeder.Seeded> onDemo) {
        getStyleClass().add("sign-in");
        getStylesheets().add(SetupView.class.getResource("signin.css").toExternalForm());
        setId("setupView");
        setAlignment(Pos.CENTER);
        Label heading = new Label(messages.get("setup.heading"));
        heading.getStyleClass().add("title-2");
        Label intro = new Label(messages.get("setup.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(720);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        form.setHgap(8);
        form.setVgap(8);
        form.setAlignment(Pos.CENTER);
        field("setupUsername", messages.get("setup.username"), new TextField(), model.username());
        field("setupDisplayName", messages.get("setup.displayName"), new TextField(), model.displayName());
        field("setupPassword", messages.get("setup.password"), new PasswordField(), model.password());
        field("setupConfirmation", messages.get("setup.confirmation"), new PasswordField(), model.confirmation());
        field("setupOfficeCode", messages.get("setup.officeCode"), new TextField(), model.officeCode());
        field("setupOfficeName", messages.get("setup.officeName"), new TextField(), model.officeName());

        Button create = new Button(messages.get("setup.create"));
        create.setId("setupCreate");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.busy());
        create.setOnAction(e -> model.create(letterhead.letterhead(), created -> created(created, messages,
                onCreated)));
        Button demo = new Button(messages.get("setup.demo"));
        demo.setId("setupDemo");
        demo.disableProperty().bind(model.busy());
        demo.setOnAction(e -> model.seedDemo(onDemo));
        HBox buttons = new HBox(8, create, demo);
        buttons.setAlignment(Pos.CENTER);
        Label error = new Label();
        error.setId("setupError");
        error.getStyleClass().add("sign-in-error");
        error.textProperty().bind(model.error());
        LetterheadStep paper = new LetterheadStep(letterhead, messages, () -> dialogs.chooseFileToOpen(
                getScene().getWindow(), messages.get("letterhead.logo.choose"), messages.get("letterhead.logo.files"),
                "*.png", "*.jpg", "*.jpeg").ifPresent(letterhead::useLogo));
        HBox top = new HBox(24, form, paper);
        top.setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(heading, intro, top, new EncryptionStep(model.encrypted(), messages), buttons, error);
        letterhead.render();
    }

    /** Signed in at once for a plain database; after the recovery key is confirmed for an encrypted one. */
    private void created(FirstStart.Created created, Messages messages, Consumer<UserAccount> onCreated) {
        if (created.recoveryKey() == null) {
            onCreated.accept(created.admin());
            return;
        }
        getChildren().setAll(new RecoveryKeyStep(new RecoveryKeyModel(created.recoveryKey(),
                () -> onCreated.accept(created.admin())), messages));
    }

    /**
     * Offers the shared server instead of a local database (*Se connecter à un serveur…*), under the buttons; the
     * server's own form is {@code ui.server.ServerFormView}.
     */
    public void offerServer(String text, Runnable action) {
        getChildren().add(getChildren().size() - 1, org.pressdesk.ui.common.Buttons.of("setupServer", text, action));
    }

    private void field(String id, String caption, TextInputControl control, StringProperty value) {
        control.setId(id);
        control.setAccessibleText(caption);
        control.textProperty().bindBidirectional(value);
        Label label = new Label(caption);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE); // the caption stays whole; the field is what narrows
        if (control instanceof TextField field) {
            field.setPrefColumnCount(FIELD_COLUMNS);
        }
        form.addRow(rows++, label, control);
    }
}
