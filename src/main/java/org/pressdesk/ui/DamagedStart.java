package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.DatabaseRecovery;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.ui.recovery.DamagedDatabaseView;
import org.pressdesk.ui.recovery.DamagedDatabaseViewModel;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The start-up's way out of a damaged database: when the opening failed because H2 cannot read the file, the window
 * shows the recovery choices instead of only "Quitter". An encrypted database is not opened before the sign-in, so
 * its damage is met there (the key from the person's slot is right, so H2's refusal is damage): the same choices are
 * offered, with the name typed at the sign-in and the password asked for again to open the key.
 */
final class DamagedStart {
    private DamagedStart() {
    }

    /** Shows the choices and returns true when {@code failure} is a damaged database; false otherwise. */
    static boolean offered(Throwable failure, Path dataPath, AppServices.Settings settings, TaskRunner runner,
            Messages messages, String what, Runnable reopen, Consumer<Parent> show) {
        return offered(failure, dataPath, settings, runner, messages, what, reopen, show, "");
    }

    /** As above, with the name of the person whose sign-in met the damage, to open an encrypted file's key. */
    static boolean offered(Throwable failure, Path dataPath, AppServices.Settings settings, TaskRunner runner,
            Messages messages, String what, Runnable reopen, Consumer<Parent> show, String username) {
        if (!isDamaged(failure)) {
            return false;
        }
        DamagedDatabaseViewModel model = new DamagedDatabaseViewModel(
                () -> AppServices.recovery(DataDirectory.prepare(dataPath), settings), runner, messages);
        model.username().set(username);
        show.accept(new DamagedDatabaseView(model, messages, what, reopen, Platform::exit));
        model.start();
        return true;
    }

    /** True when {@code failure} says the database file is damaged. */
    static boolean isDamaged(Throwable failure) {
        return DatabaseRecovery.isDamaged(failure);
    }
}
