package org.pressdesk.ui.encryption;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.signin.RecoveryKeyStep;

/**
 * The Chiffrer la base screen, shown in place of the main window while the session's database is closed: the
 * explanation and the password, the progress of the conversion, the recovery key (the first-start screen's own
 * step), or what failed.
 */
public final class EncryptionView extends StackPane {
    private final EncryptionViewModel model;
    private final Messages messages;

    public EncryptionView(EncryptionViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("encryptionView");
        setPadding(new Insets(24));
        getStylesheets().add(RecoveryKeyStep.class.getResource("signin.css").toExternalForm());
        model.step().addListener((observed, before, now) -> show(now));
        show(model.step().get());
    }

    private void show(EncryptionViewModel.Step step) {
        getChildren().setAll(switch (step) {
            case ASK, CHECKING -> question();
            case CONVERTING -> progress();
            case KEY -> new RecoveryKeyStep(model.recovery(), messages);
            case FAILED -> failure();
        });
    }

    private Node question() {
        Label heading = heading("encryption.heading");
        Label why = wrapped(messages.get("encryption.why"), "encryptWhy");
        Label what = wrapped(messages.get("encryption.what"), "encryptWhat");
        Label prompt = new Label(messages.get("encryption.password"));
        PasswordField password = new PasswordField();
        password.setId("encryptPassword");
        password.setAccessibleText(messages.get("encryption.password"));
        password.setMaxWidth(320);
        password.textProperty().bindBidirectional(model.password());
        prompt.setLabelFor(password);
        Label problem = wrapped("", "encryptProblem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problem());
        Button start = new Button(messages.get("encryption.start"));
        start.setId("encryptStart");
        start.setDefaultButton(true);
        boolean checking = model.step().get() == EncryptionViewModel.Step.CHECKING;
        start.setDisable(checking);
        password.setDisable(checking);
        start.setOnAction(e -> model.encrypt());
        Button cancel = new Button(messages.get("encryption.cancel"));
        cancel.setId("encryptCancel");
        cancel.setCancelButton(true);
        cancel.setDisable(checking);
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(10, start, cancel);
        buttons.setAlignment(Pos.CENTER);
        return column(heading, why, what, prompt, password, problem, buttons);
    }

    private Node progress() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("encryptProgress");
        spinner.setAccessibleText(messages.get("encryption.working"));
        return column(heading("encryption.heading"), spinner,
                wrapped(messages.get("encryption.working"), "encryptWorking"));
    }

    private Node failure() {
        Label text = wrapped("", "encryptFailure");
        text.textProperty().bind(model.problem());
        Button reopen = new Button(messages.get("encryption.reopen"));
        reopen.setId("encryptReopen");
        reopen.setDefaultButton(true);
        reopen.setOnAction(e -> model.reopen());
        return column(heading("encryption.failedHeading"), text, reopen);
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("title-2");
        return heading;
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }

    /** The nodes one under the other, centred; texts wrap at the width of the sign-in's column. */
    private static VBox column(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Label label) {
                label.setWrapText(true);
                label.setMaxWidth(560);
            }
        }
        VBox column = new VBox(14, nodes);
        column.getStyleClass().add("sign-in");
        column.setAlignment(Pos.CENTER);
        return column;
    }
}
