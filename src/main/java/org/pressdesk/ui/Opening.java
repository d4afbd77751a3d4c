package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.HeadquartersServer;
import org.pressdesk.app.LogSetup;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.ServerLogin;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.ui.signin.FirstStart;
import org.pressdesk.ui.task.BackgroundTask;
import org.pressdesk.ui.task.TaskListener;
import org.pressdesk.ui.task.TaskRunner;

/**
 * What the window needs behind its first screen, done on one background thread while the person types: start
 * logging ({@link LogSetup#start}), open the database (schema check and migrations included) and see whether any
 * account exists ({@link #opened}); then build what the main window needs, the search index's reader, the PDF
 * engine, the tag vocabulary and the main window's classes ({@link #prepared}). Nothing of it runs on the JavaFX
 * thread.
 *
 * <p>An encrypted database cannot open before someone signs in: its opening then completes at once as
 * {@linkplain Opened#locked() locked}, and the sign-in {@linkplain #unlock unlocks} it with the typed name and
 * password (a wrong one can be typed again); what the main window needs is built right after. A new folder opens
 * nothing either: the first-start screen {@linkplain #create creates} its database, encrypted or not as the person
 * chose, or the {@linkplain #demo demonstration}.
 *
 * <p>Both steps are {@link BackgroundTask}s run by a {@link TaskRunner} on the opening's own thread, in the order
 * tuned for the first window (issue 14): each reports its step as progress, an unexpected failure is logged once
 * at WARN by the runner and reaches the start-up screen, and {@link #cancel} stops an opening that has not begun
 * opening the database. Their outcomes are futures, since the sign-in's own background thread waits on them.
 */
final class Opening implements FirstStart {
    /** The steps, as progress: the database opened, then the main window's engines built. */
    private static final long STEPS = 2;

    /** The services, and whether any account exists (if none, the first-start screen shows). */
    record Opened(AppServices services, boolean hasAccounts) {
        /** An encrypted database waiting for a sign-in to open it. */
        boolean locked() {
            return services == null && hasAccounts;
        }
    }

    private final CompletableFuture<Opened> opened = new CompletableFuture<>();
    private final CompletableFuture<AppServices> prepared = new CompletableFuture<>();
    private final AtomicBoolean begun = new AtomicBoolean();
    private final Path dataPath;
    private final AppServices.Settings settings;
    private final ExecutorService thread;
    private final TaskRunner runner;
    /** Opens the database of the prepared data directory: the local file, or the shared server. */
    private final Function<DataDirectory, Opened> open;
    private volatile Cancellation cancellation = new Cancellation();
    private volatile AppServices unlocked;
    private AppServices plain;

    private Opening(Path dataPath, AppServices.Settings settings, ExecutorService thread,
            Function<DataDirectory, Opened> open) {
        this.dataPath = dataPath;
        this.open = open;
        this.settings = settings;
        this.thread = thread;
        this.runner = TaskRunner.on(thread);
        prepared.whenComplete((services, failure) -> thread.shutdown());
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
            if (!directory.hasDatabase()) {
                return new Opened(null, false); // the first-start screen creates it, as the person chooses
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
            Function<DataDirectory, Opened> open) {
        ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread opening = new Thread(work, "pressdesk-opening");
            opening.setDaemon(true);
            return opening;
        });
        return new Opening(dataPath, settings, thread, open);
    }

    /** Opens the database and sees whether any account exists; an encrypted one stays locked until a sign-in. */
    private BackgroundTask<Opened> opening() {
        return (progress, cancel) -> {
            if (cancel.isCancelled()) {
                throw new CancellationException();
            }
            // The first screen is painted: logging starts here, off the JavaFX thread, before the database logs.
            LogSetup.start();
            // The second core is idle while this thread opens the database: get the password hash compiled there,
            // so that signing in takes a fraction of a second.
            Thread warmUp = new Thread(settings.hasher()::warmUp, "pressdesk-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            Opened done = open.apply(DataDirectory.prepare(dataPath));
            StartupProbe.mark("opened");
            progress.update(1, STEPS);
            return done;
        };
    }

    /**
     * Builds what the main window needs. Not cancelled: the services it holds must reach {@link #prepared}, which
     * closes them when the window never opens.
     */
    private static BackgroundTask<AppServices> preparing(AppServices services) {
        return (progress, cancel) -> {
            WindowClasses.preload();
            services.prepare();
            StartupProbe.mark("prepared");
            progress.update(STEPS, STEPS);
            return services;
        };
    }

    private void prepare(AppServices services) {
        runner.submit(preparing(services), completing(prepared));
    }

    private void opened(Opened done) {
        opened.complete(done);
        if (done.services() != null) {
            prepare(done.services());
        }
    }

    /**
     * A listener that completes {@code future} with the task's outcome, whatever it is; a failure arrives wrapped
     * in a {@link CompletionException}, as from any chained future.
     */
    private static <T> TaskListener<T> completing(CompletableFuture<T> future) {
        return TaskListener.<T>of(future::complete, failure -> fail(failure, future))
                .whenCancelled(() -> fail(new CancellationException(), future));
    }

    private static void fail(Throwable failure, CompletableFuture<?>... futures) {
        for (CompletableFuture<?> future : futures) {
            future.completeExceptionally(new CompletionException(failure));
        }
    }

    /**
     * The services a sign-in checks its password against (called on the sign-in's background thread, which waits
     * for the opening): the database opened at start; or, when there was none at start, the one the first-start
     * screen or the demonstration has just made; or an encrypted database, unlocked with the typed name and
     * password. (The demonstration's database was once missed here: the opening had found no database, and a
     * sign-in with the printed password failed.)
     */
    AppServices signingIn(String name, char[] password) {
        Opened done = opened.join();
        return done.services() != null ? done.services() : unlock(name, password);
    }

    /**
     * The services of an encrypted database, opened with the sign-in's name and password (called on the sign-in's
     * background thread); a refusal (wrong password, unknown name) leaves it locked for another try.
     */
    synchronized AppServices unlock(String name, char[] password) {
        if (unlocked == null) {
            unlocked = AppServices.unlock(DataDirectory.prepare(dataPath), settings, name, password.clone());
            prepare(unlocked);
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
        return new Created(created.admin(), created.recoveryKeyText());
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
        prepare(services);
    }

    AppServices.Settings settings() {
        return settings;
    }

    /** Starts the opening (once; later calls do nothing). */
    void begin() {
        if (begun.compareAndSet(false, true)) {
            TaskListener<Opened> listener = TaskListener.<Opened>of(this::opened,
                    failure -> fail(failure, opened, prepared))
                    .whenCancelled(() -> fail(new CancellationException(), opened, prepared));
            cancellation = runner.submit(opening(), listener);
        }
    }

    /**
     * Stops an opening that has not yet begun opening the database (the window closed first): it never opens, and
     * its futures end in a {@link CancellationException}. An opening under way finishes, so that its services close.
     */
    void cancel() {
        cancellation.cancel();
        if (begun.compareAndSet(false, true)) {
            fail(new CancellationException(), opened, prepared);
        }
    }

    CompletableFuture<Opened> opened() {
        return opened;
    }

    CompletableFuture<AppServices> prepared() {
        return prepared;
    }
}
