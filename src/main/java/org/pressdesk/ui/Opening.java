package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pressdesk.app.AppServices;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.DataDirectory;
import org.pressdesk.ui.signin.FirstStart;

/**
 * What the window needs behind its first screen, done on one background thread while the toolkit starts and the
 * person types: open the database (schema check and migrations included) and see whether any account exists
 * ({@link #opened}); then build what the main window needs, the search index's reader, the PDF engine, the tag
 * vocabulary and the main window's classes ({@link #prepared}). Nothing of it runs on the JavaFX thread.
 *
 * <p>An encrypted database cannot open before someone signs in: its opening then completes at once as
 * {@linkplain Opened#locked() locked}, and the sign-in {@linkplain #unlock unlocks} it with the typed name and
 * password (a wrong one can be typed again); what the main window needs is built right after. A new folder opens
 * nothing either: the first-start screen {@linkplain #create creates} its database, encrypted or not as the person
 * chose, or the {@linkplain #demo demonstration}.
 */
final class Opening implements FirstStart {

    /** The services, and whether any account exists (if none, the first-start screen shows). */
    record Opened(AppServices services, boolean hasAccounts) {
        /** An encrypted database waiting for a sign-in to open it. */
        boolean locked() {
            return services == null && hasAccounts;
        }
    }

    private final CompletableFuture<Void> go;
    private final CompletableFuture<Opened> opened;
    private final CompletableFuture<AppServices> prepared;
    private final Path dataPath;
    private final AppServices.Settings settings;
    private final ExecutorService thread;
    private volatile AppServices unlocked;
    private AppServices plain;

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
            DataDirectory directory = DataDirectory.prepare(dataPath);
            if (AppServices.isEncrypted(directory)) {
                StartupProbe.mark("opened");
                return new Opened(null, true);
            }
            if (!directory.hasDatabase()) {
                StartupProbe.mark("opened");
                return new Opened(null, false);
            }
            AppServices services = AppServices.open(directory, settings);
            boolean hasAccounts = services.accounts().hasAccounts();
            StartupProbe.mark("opened");
            return new Opened(services, hasAccounts);
        }, thread);
        CompletableFuture<AppServices> prepared = new CompletableFuture<>();
        opened.whenComplete((done, failure) -> {
            if (failure != null) {
                prepared.completeExceptionally(failure);
            } else if (done.services() != null) {
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

    /**
     * Creates the new folder's database (called on the first-start screen's background thread), encrypted with a
     * key slot for the administrator and a recovery key, or plain, then the administrator and the first office.
     */
    @Override
    public synchronized Created create(Request request) {
        if (unlocked != null) {
            throw new PressDeskException("account.alreadyInitialized");
        }
        DataDirectory directory = DataDirectory.prepare(dataPath);
        if (!request.encrypted()) {
            AppServices services = plain();
            UserAccount admin = services.setup().initialise(request.username(), request.displayName(),
                    request.password(), request.office());
            opened(services);
            return new Created(admin, null);
        }
        if (plain != null) {
            // an unencrypted attempt was refused (nothing was written in it): its empty file makes way
            plain.close();
            plain = null;
            try {
                java.nio.file.Files.deleteIfExists(directory.resolve("pressdesk.mv.db"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        AppServices.Created created = AppServices.createEncrypted(directory, settings, request.username(),
                request.displayName(), request.password());
        opened(created.services());
        created.services().setup().initialise(created.admin(), request.office());
        return new Created(created.admin(), created.recovery().text());
    }

    /** Fills the new folder's database (unencrypted: its passwords are printed) with the demonstration. */
    @Override
    public synchronized DemoSeeder.Seeded demo() {
        if (unlocked == null) {
            opened(plain());
        }
        return unlocked.demo().seed();
    }

    /** The new folder's unencrypted database, opened once even when the first attempt with it was refused. */
    private AppServices plain() {
        if (plain == null) {
            plain = AppServices.open(DataDirectory.prepare(dataPath), settings);
        }
        return plain;
    }

    private void opened(AppServices services) {
        plain = null;
        unlocked = services;
        prepare(services, prepared, thread);
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
