package org.pressdesk.ui.backup;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.app.BackupSchedule;
import org.pressdesk.app.Backups;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.task.FxTaskRunner;

/** Outils → Sauvegardes… in its own window, with its own background thread (a backup must not hold up saves). */
public final class BackupsWindow {
    private final Stage stage = new Stage();
    private final BackupsViewModel model;

    public BackupsWindow(BackupSchedule schedule, Backups backups, UserAccount user, Messages messages,
            FileDialogs dialogs, Window owner) {
        FxTaskRunner runner = new FxTaskRunner("backups");
        this.model = new BackupsViewModel(schedule, backups, user, messages, runner);
        stage.initOwner(owner);
        stage.setTitle(messages.get("backup.view.windowTitle"));
        stage.setScene(new Scene(new BackupsView(model, messages, dialogs), 760, 560));
        stage.setOnHidden(e -> new Thread(runner::close, "pressdesk-backups-closing").start());
    }

    /** Runs {@code action} after each backup made from this window. */
    public BackupsWindow onBackedUp(Runnable action) {
        model.setOnBackedUp(action);
        return this;
    }

    public void show() {
        model.load();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
