package org.pressdesk.ui.backup;

import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.pressdesk.app.BackupSchedule;
import org.pressdesk.app.Backups;
import org.pressdesk.domain.Role;
import org.pressdesk.ui.common.UiContext;

/**
 * What backups add to a main window: the window behind Outils → Sauvegardes… (the entry itself is declared with the
 * others in ui.MainAssembly, for administrators) and the backup reminder of the status bar.
 */
public final class BackupMenu {
    private final UiContext context;
    private final BackupSchedule schedule;
    private final Backups backups;

    public BackupMenu(UiContext context, BackupSchedule schedule, Backups backups) {
        this.context = context;
        this.schedule = schedule;
        this.backups = backups;
    }

    public void open(Window owner) {
        new BackupsWindow(schedule, backups, context.user(), context.messages(), context.dialogs(), owner).show();
    }

    /** The status bar's reminder, for every signed-in user (everyone's work is at stake). */
    public HBox statusElement() {
        return BackupStatusLabel.create(schedule, context.messages(), context.listing(),
                context.user().role() == Role.ADMINISTRATOR);
    }
}
