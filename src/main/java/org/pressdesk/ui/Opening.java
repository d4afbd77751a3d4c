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

    private final CompletableFuture<Void> go;
    private final CompletableFuture<Opened> opened;
    private final CompletableFuture<AppServices> prepared;

    private Opening(CompletableFuture<Void> go, CompletableFuture<Opened> opened,
            CompletableFuture<AppServices> prepared) {
        this.go = go;
        this.opened = opened;
        this.prepared = prepared;
    }

    /**
     * Plans the opening of {@code dataPath}; it starts at {@link #begin}, once the first screen is painted, so that
     * the toolkit and the first screen have both cores to themselves.
     */
    static Opening of(Path dataPath, AppServices.Settings settings) {
        CompletableFuture<Void> go = new CompletableFuture<>();
        ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread opening = new Thread(work, "pressdesk-opening");
            opening.setDaemon(true);
            return opening;
        });
        CompletableFuture<Opened> opened = go.thenApplyAsync(started -> {
            // The second core is idle while this thread opens the database: get the password hash compiled there,
            // so that signing in takes a fraction of a second.
            Thread warmUp = new Thread(settings.hasher()::warmUp, "pressdesk-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
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
        return new Opening(go, opened, prepared);
    }

    /** Starts the opening (once; later calls do nothing). */
    void begin() {
        go.complete(null);
    }

    CompletableFuture<Opened> opened() {
        return opened;
    }

    CompletableFuture<AppServices> prepared() {
        return prepared;
    }
}
