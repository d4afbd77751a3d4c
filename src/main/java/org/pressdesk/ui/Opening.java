package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.DataDirectory;

/**
 * What the window needs before its first screen, done on a background thread while the toolkit starts: open the
 * database, see whether any account exists, and sign in when a user and PRESSDESK_PASSWORD were given.
 */
final class Opening {

    /** The outcome: the services, whether accounts exist, and the account signed in, if any. */
    record Opened(AppServices services, boolean hasAccounts, UserAccount signedIn, PressDeskException signInFailure) {
    }

    private Opening() {
    }

    static CompletableFuture<Opened> start(Path dataPath, AppServices.Settings settings, String user,
            String password) {
        // The second core is idle while this thread opens the database: get the password hash compiled there, so
        // that signing in (now, or when the user has typed the password) takes a fraction of a second.
        Thread warmUp = new Thread(settings.hasher()::warmUp, "pressdesk-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return CompletableFuture.supplyAsync(() -> {
            // An encrypted database opens with the sign-in name and password; an unencrypted one without them.
            AppServices services = AppServices.unlock(DataDirectory.prepare(dataPath), settings, user,
                    password == null ? null : password.toCharArray());
            StartupProbe.mark("opened");
            boolean hasAccounts = services.accounts().hasAccounts();
            if (!hasAccounts || user == null || password == null || password.isEmpty()) {
                return new Opened(services, hasAccounts, null, null);
            }
            try {
                UserAccount account = services.accounts().signIn(user, password.toCharArray());
                StartupProbe.mark("signed-in");
                return new Opened(services, true, account, null);
            } catch (PressDeskException refused) {
                return new Opened(services, true, null, refused);
            }
        });
    }
}
