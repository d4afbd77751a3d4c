package org.pressdesk.ui;

import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * The background runners and the scheduler a window under test works with, as the application gives them, and the
 * context that hands them over (no other window opens). Close it after each test.
 */
public final class WindowRunners implements AutoCloseable {
    private static final UiContext.Windows NO_OTHER_WINDOWS = new UiContext.Windows() {
        @Override
        public void openMainWindow() {
        }

        @Override
        public void languageChanged() {
        }
    };

    private final FxTaskRunner persistence = new FxTaskRunner("test-persistence");
    private final FxTaskRunner rendering = new FxTaskRunner("test-rendering");
    private final FxTaskRunner listing = new FxTaskRunner("test-listing");
    private final FxScheduler scheduler = new FxScheduler();

    /** A context for {@code user}; {@code dialogs} answers the file dialogs the test reaches. */
    public UiContext context(UserAccount user, Messages messages, FileDialogs dialogs) {
        return new UiContext(user, messages, persistence, rendering, listing, scheduler, dialogs, NO_OTHER_WINDOWS);
    }

    @Override
    public void close() {
        persistence.close();
        rendering.close();
        listing.close();
        scheduler.close();
    }
}
