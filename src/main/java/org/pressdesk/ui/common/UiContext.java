package org.pressdesk.ui.common;

import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * What every window of a signed-in session shares: the user, the language, the background runners (one per
 * concern, shut down when the program ends), the file dialogs and the application's windows. It holds no service:
 * each window gets the services it uses through its constructor, from {@code ui.MainAssembly}.
 */
public record UiContext(
        UserAccount user,
        Messages messages,
        FxTaskRunner persistence,
        FxTaskRunner rendering,
        FxTaskRunner listing,
        FxScheduler scheduler,
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

        /**
         * Outils → Chiffrer la base…: closes every window of this session, unsaved text kept in the autosave, and
         * shows the conversion in their place. Only the application owns the database to close.
         */
        default void encryptDatabase() {
        }
    }
}
