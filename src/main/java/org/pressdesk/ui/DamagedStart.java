package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseRecovery;
import org.pressdesk.i18n.Messages;
import org.pressdesk.store.DataDirectory;
import org.pressdesk.ui.recovery.DamagedDatabaseView;
import org.pressdesk.ui.recovery.DamagedDatabaseViewModel;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The start-up's way out of a damaged database: when the opening failed because H2 cannot read the file, the window
 * shows the recovery choices instead of only "Quitter". An encrypted database is not opened before the sign-in, so
 * its damage is met there; the {@code recover} command serves it.
 */
final class DamagedStart {
    private DamagedStart() {
    }

    /** Shows the choices and returns true when {@code failure} is a damaged database; false otherwise. */
    static boolean offered(Throwable failure, Path dataPath, AppServices.Settings settings, TaskRunner runner,
            Messages messages, String what, Runnable reopen, Consumer<Parent> show) {
        if (!DatabaseRecovery.isDamaged(failure)) {
            return false;
        }
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(
                () -> AppServices.recovery(DataDirectory.prepare(dataPath), settings), runner, messages);
        show.accept(new DamagedDatabaseView(model, messages, what, reopen, Platform::exit));
        model.start();
        return true;
    }
}
