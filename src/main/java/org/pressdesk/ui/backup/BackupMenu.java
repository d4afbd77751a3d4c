package org.pressdesk.ui.backup;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.pressdesk.domain.Role;
import org.pressdesk.ui.common.UiContext;

/** Adds Outils → Sauvegardes… for an administrator, and the backup reminder of the status bar. */
public final class BackupMenu {
    private BackupMenu() {
    }

    public static void install(MenuBar bar, UiContext context, Window owner) {
        if (!context.user().can(Role.ADMINISTRATOR)) {
            return;
        }
        bar.getMenus().stream().filter(m -> "menuTools".equals(m.getId())).findFirst().ifPresent(tools -> {
            MenuItem item = new MenuItem(context.messages().get("menu.tools.backups"));
            item.setId("menuBackups");
            item.setOnAction(e -> new BackupsWindow(context.services().backupSchedule(), context.services().backups(),
                    context.user(), context.messages(), context.dialogs(), owner).show());
            tools.getItems().add(item);
        });
    }

    /** The status bar's reminder, for every signed-in user (everyone's work is at stake). */
    public static HBox statusElement(UiContext context) {
        return BackupStatusLabel.create(context.services().backupSchedule(), context.messages(), context.listing());
    }
}
