package org.pressdesk.ui.common;

import javafx.application.HostServices;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * What every window of a signed-in session shares: the services, the user, the language, and the background
 * runners (one per concern, shut down when the program ends).
 */
public record UiContext(
        AppServices services,
        UserAccount user,
        Messages messages,
        FxTaskRunner persistence,
        FxTaskRunner rendering,
        FxTaskRunner listing,
        FxScheduler scheduler,
        HostServices host,
        FileDialogs dialogs,
        Windows windows) {

    /** Opens and re-creates windows; implemented by the application. */
    public interface Windows {
        void openMainWindow();

        void languageChanged();

        /**
         * Closes every window of this session, unsaved text kept in the autosave, and asks for a sign-in. Only the
         * application can sign out; a window shown alone (tests, tools) stays as it is.
         */
        default void switchUser() {
        }
    }
}
