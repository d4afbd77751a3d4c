package org.pressdesk.ui.recovery;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Buttons;

/**
 * What the window shows instead of a dead end when the database no longer opens: what happened, and the choices of
 * {@link DamagedDatabaseViewModel} (recover, restore the last backup, quit), then the outcome and, once a checked
 * database is in place, a button that opens it.
 */
public final class DamagedDatabaseView extends VBox {

    public DamagedDatabaseView(DamagedDatabaseViewModel model, Messages messages, String what, Runnable reopen,
            Runnable quit) {
        super(16);
        setId("damagedDatabase");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(24));
        Label problem = label("damagedProblem", what + "\n" + messages.get("damaged.explain"));
        Label outcome = label("damagedOutcome", "");
        outcome.textProperty().bind(model.outcome());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(32, 32);
        progress.visibleProperty().bind(model.working());
        Button recover = button("damagedRecover", messages.get("damaged.recover"), model::recover);
        recover.disableProperty().bind(model.working().or(model.repaired()));
        recover.setDefaultButton(true);
        Button restore = button("damagedRestore", "", model::restoreBackup);
        restore.textProperty().bind(model.backupLabel());
        restore.accessibleTextProperty().bind(model.backupLabel());
        restore.visibleProperty().bind(model.hasBackup());
        restore.managedProperty().bind(model.hasBackup());
        restore.disableProperty().bind(model.working().or(model.repaired()));
        GridPane credentials = credentials(model, messages);
        Button open = button("damagedOpen", messages.get("damaged.open"), reopen);
        open.visibleProperty().bind(model.repaired());
        open.managedProperty().bind(model.repaired());
        Button leave = button("damagedQuit", messages.get("app.quit"), quit);
        leave.disableProperty().bind(model.working());
        getChildren().addAll(problem, credentials, new HBox(12, recover, restore, open, leave, progress), outcome);
    }

    /** The name and password that open an encrypted file's key, shown only for an encrypted database. */
    private static GridPane credentials(DamagedDatabaseViewModel model, Messages messages) {
        TextField name = new TextField();
        name.setId("damagedName");
        name.setAccessibleText(messages.get("damaged.name"));
        name.textProperty().bindBidirectional(model.username());
        PasswordField password = new PasswordField();
        password.setId("damagedPassword");
        password.setAccessibleText(messages.get("damaged.password"));
        password.textProperty().bindBidirectional(model.password());
        Label why = label("damagedEncrypted", messages.get("damaged.encrypted"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.add(why, 0, 0, 2, 1);
        form.addRow(1, caption(messages.get("damaged.name"), name), name);
        form.addRow(2, caption(messages.get("damaged.password"), password), password);
        form.visibleProperty().bind(model.needsPassword());
        form.managedProperty().bind(model.needsPassword());
        return form;
    }

    private static Label caption(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(600);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        return Buttons.of(id, text, action);
    }
}
