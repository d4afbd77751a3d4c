package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.HeadquartersServer;
import org.pressdesk.store.DataDirectory;
import org.pressdesk.store.ServerAddress;
import org.pressdesk.store.ServerLogin;

/**
 * What the window needs behind its first screen, done on one background thread while the toolkit starts and the
 * person types: open the database (schema check and migrations included) and see whether any account exists
 * ({@link #opened}); then build what the main window needs, the search index's reader, the PDF engine, the tag
 * vocabulary and the main window's classes ({@link #prepared}). Nothing of it runs on the JavaFX thread.
 *
 * <p>An encrypted database cannot open before someone signs in: its opening then completes at once as
 * {@linkplain Opened#locked() locked}, and the sign-in {@linkplain #unlock unlocks} it with the typed name and
 * password (a wrong one can be typed again); what the main window needs is built right after.
 */
final class Opening {

    /** The services, and whether any account exists (if none, the first-start screen shows). */
    record Opened(AppServices services, boolean hasAccounts) {
        /** An encrypted database waiting for a sign-in to open it. */
        boolean locked() {
            return services == null;
        }
    }

    private final CompletableFuture<Void> go;
    private final CompletableFuture<Opened> opened;
    private final CompletableFuture<AppServices> prepared;
    private final Path dataPath;
    private final AppServices.Settings settings;
    private final ExecutorService thread;
    private volatile AppServices unlocked;

    private Opening(CompletableFuture<Void> go, CompletableFuture<Opened> opened,
            CompletableFuture<AppServices> prepared, Path dataPath, AppServices.Settings settings,
            ExecutorService thread) {
        this.go = go;
        this.opened = opened;
        this.prepared = prepared;
        this.dataPath = dataPath;
        this.settings = settings;
        this.thread = thread;
    }

    /**
     * Plans the opening of {@code dataPath}; it starts at {@link #begin}, once the first screen is painted, so that
     * the toolkit and the first screen have both cores to themselves.
     */
    static Opening of(Path dataPath, AppServices.Settings settings) {
        return planned(dataPath, settings, directory -> {
            if (AppServices.isEncrypted(directory)) {
                return new Opened(null, true);
            }
            AppServices services = AppServices.open(directory, settings);
            return new Opened(services, services.accounts().hasAccounts());
        });
    }

    /**
     * Plans the opening of the shared server's database (the data directory keeps this machine's preferences and
     * search index); a fault (unreachable, wrong password, schema) completes {@link #opened} with the server's
     * message.
     */
    static Opening ofServer(Path dataPath, ServerAddress address, ServerLogin login,
            AppServices.Settings settings) {
        return planned(dataPath, settings, directory -> {
            AppServices services = HeadquartersServer.connect(directory, address, login, settings);
            try {
                return new Opened(services, services.accounts().hasAccounts());
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        });
    }

    private static Opening planned(Path dataPath, AppServices.Settings settings,
            java.util.function.Function<DataDirectory, Opened> open) {
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
            Opened done = open.apply(DataDirectory.prepare(dataPath));
            StartupProbe.mark("opened");
            return done;
        }, thread);
        CompletableFuture<AppServices> prepared = new CompletableFuture<>();
        opened.whenComplete((done, failure) -> {
            if (failure != null) {
                prepared.completeExceptionally(failure);
            } else if (!done.locked()) {
                prepare(done.services(), prepared, thread);
            }
        });
        prepared.whenComplete((services, failure) -> thread.shutdown());
        return new Opening(go, opened, prepared, dataPath, settings, thread);
    }

    private static void prepare(AppServices services, CompletableFuture<AppServices> prepared,
            ExecutorService thread) {
        CompletableFuture.runAsync(() -> {
            WindowClasses.preload();
            services.prepare();
            StartupProbe.mark("prepared");
        }, thread).whenComplete((done, failure) -> {
            if (failure != null) {
                prepared.completeExceptionally(failure);
            } else {
                prepared.complete(services);
            }
        });
    }

    /**
     * The services of an encrypted database, opened with the sign-in's name and password (called on the sign-in's
     * background thread); a refusal (wrong password, unknown name) leaves it locked for another try.
     */
    synchronized AppServices unlock(String name, char[] password) {
        if (unlocked == null) {
            unlocked = AppServices.unlock(DataDirectory.prepare(dataPath), settings, name, password.clone());
            prepare(unlocked, prepared, thread);
        }
        return unlocked;
    }

    AppServices.Settings settings() {
        return settings;
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
