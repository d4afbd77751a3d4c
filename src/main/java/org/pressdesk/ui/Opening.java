package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pressdesk.app.AppServices;
import org.pressdesk.store.DataDirectory;

/**
 * What the window needs behind its first screen, done on one background thread while the toolkit starts and the
 * person types: open the database (schema check and migrations included) and see whether any account exists
 * ({@link #opened}); then build what the main window needs, the search index's reader, the PDF engine, the tag
 * vocabulary and the main window's classes ({@link #prepared}). Nothing of it runs on the JavaFX thread.
 *
 * <p>The opening starts at once here; a database locked by a password (planned) would start it from the sign-in
 * instead, which only waits for {@link #opened}.
 */
final class Opening {

    /** The services, and whether any account exists (if none, the first-start screen shows). */
    record Opened(AppServices services, boolean hasAccounts) {
    }

    private final CompletableFuture<Opened> opened;
    private final CompletableFuture<AppServices> prepared;

    private Opening(CompletableFuture<Opened> opened, CompletableFuture<AppServices> prepared) {
        this.opened = opened;
        this.prepared = prepared;
    }

    static Opening start(Path dataPath, AppServices.Settings settings) {
        // The second core is idle while this thread opens the database: get the password hash compiled there, so
        // that signing in takes a fraction of a second.
        Thread warmUp = new Thread(settings.hasher()::warmUp, "pressdesk-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread opening = new Thread(work, "pressdesk-opening");
            opening.setDaemon(true);
            return opening;
        });
        CompletableFuture<Opened> opened = CompletableFuture.supplyAsync(() -> {
            AppServices services = AppServices.open(DataDirectory.prepare(dataPath), settings);
            boolean hasAccounts = services.accounts().hasAccounts();
            StartupProbe.mark("opened");
            return new Opened(services, hasAccounts);
        }, thread);
        CompletableFuture<AppServices> prepared = opened.thenApplyAsync(done -> {
            WindowClasses.preload();
            done.services().prepare();
            StartupProbe.mark("prepared");
            return done.services();
        }, thread);
        prepared.whenComplete((services, failure) -> thread.shutdown());
        return new Opening(opened, prepared);
    }

    CompletableFuture<Opened> opened() {
        return opened;
    }

    CompletableFuture<AppServices> prepared() {
        return prepared;
    }
}
