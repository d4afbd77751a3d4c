package org.pressdesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.app.HeadquartersServer;
import org.pressdesk.app.RememberedServer;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.i18n.UiLanguage;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.ScreenFit;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;
import org.pressdesk.ui.main.LanguageSwitch;
import org.pressdesk.ui.main.MainWindow;
import org.pressdesk.ui.server.ServerBar;
import org.pressdesk.ui.server.ServerChoice;
import org.pressdesk.ui.server.ServerFormView;
import org.pressdesk.ui.server.ServerFormViewModel;
import org.pressdesk.ui.signin.SetupView;
import org.pressdesk.ui.signin.SetupViewModel;
import org.pressdesk.ui.signin.NewPasswordView;
import org.pressdesk.ui.signin.NewPasswordViewModel;
import org.pressdesk.ui.signin.SignInView;
import org.pressdesk.ui.signin.SignInViewModel;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop program: opens the database while the toolkit starts, asks for the first account or a sign-in, then
 * opens the main window. Owns the background runners and closes everything when the last window closes.
 */
public final class DesktopApp extends Application implements UiContext.Windows {
    /** Made on first use: starting the logging framework is not on the path to the first window. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    }
    /**
     * JavaFX's logger, kept referenced: it is silenced while the toolkit starts, since its warning that JavaFX runs
     * from the class path says nothing a user can act on, and formatting it cost the first window about 10 ms.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    private static final String DB_PASSWORD_VARIABLE = "PRESSDESK_DB_PASSWORD";
    private static volatile Startup startup;
    private static volatile boolean toolkitUp;
    /** The first-start screen's wish: account, letterhead and its preview side by side; less scrolls. */
    static final double SETUP_WIDTH = 1280;
    static final double SETUP_HEIGHT = 860;
    /** Below this the first-start screen is not worth using; on a smaller screen, the screen is the limit. */
    static final double SETUP_MIN_WIDTH = 720;
    static final double SETUP_MIN_HEIGHT = 480;
    static final double SERVER_WIDTH = 900;
    static final double SERVER_HEIGHT = 720;

    private final FxTaskRunner persistence = new FxTaskRunner("persistence");
    private final FxTaskRunner rendering = new FxTaskRunner("rendering");
    private final FxTaskRunner listing = new FxTaskRunner("listing");
    private final org.pressdesk.ui.backup.ScheduledBackups scheduledBackups =
            new org.pressdesk.ui.backup.ScheduledBackups();
    private final FxScheduler scheduler = new FxScheduler();
    private final List<MainWindow> windows = new ArrayList<>();
    private Stage primary;
    private AppServices services;
    private UserAccount user;
    private Messages messages;
    private SignInViewModel signIn;
    /** The main window's rehearsal during the sign-in (decision 0065); null when there was none. */
    private WindowRehearsal rehearsal;

    /**
     * What the launcher hands to the toolkit's thread: the options, the language, whether a database is already
     * there (the sign-in screen then shows before it opens) and the opening under way.
     */
    private record Startup(GuiLauncher.Start start, UiLanguage language, Path dataPath, boolean hasDatabase,
            Opening opening, AppServices.Settings settings, ServerChoice server) {
        /** The same start, opening another database: the server ({@code server} non-null) or the local file. */
        Startup reopened(Opening again, ServerChoice other) {
            return new Startup(start, language, dataPath, true, again, settings, other);
        }
    }

    /** Starts the window and returns when the last window has closed. */
    public static int launch(GuiLauncher.Start start, UiLanguage language, AppServices.Settings settings) {
        Path dataPath = start.dataDirectory() != null ? start.dataDirectory() : DataDirectory.defaultLocation();
        Optional<ServerChoice> server = ServerChoice.at(start, remembered(dataPath).saved(),
                System.getenv(DB_PASSWORD_VARIABLE));
        Opening opening = server.isEmpty() ? Opening.of(dataPath, settings)
                : server.get().connection().map(c -> Opening.ofServer(dataPath, c.address(), c.login(), settings))
                        .orElse(null);
        startup = new Startup(start, chosenLanguage(language, dataPath), dataPath,
                server.isPresent() || Files.exists(dataPath.resolve("pressdesk.mv.db")), opening, settings,
                server.orElse(null));
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(DesktopApp.class);
        return 0;
    }

    /**
     * Quits as closing the last window does: the editors' text saved, the database closed. Any thread. Before the
     * toolkit is up there is nothing to save, and the toolkit, told to exit then, would refuse to start instead: the
     * JVM ends, with a code that says the start did not happen (a class archive written meanwhile is not kept).
     */
    public static void quit() {
        if (toolkitUp) {
            Platform.exit();
        } else {
            System.exit(1);
        }
    }

    /** The server remembered in this data folder's preferences (its password sealed for this OS user). */
    private static RememberedServer remembered(Path dataPath) {
        return RememberedServer.forThisUser(LocalPreferences.load(dataPath.toAbsolutePath().normalize()));
    }

    /** The language asked for, else the one saved in the preferences; read before the toolkit starts. */
    private static UiLanguage chosenLanguage(UiLanguage asked, Path dataPath) {
        if (asked != UiLanguage.SYSTEM) {
            return asked;
        }
        try {
            return LocalPreferences.load(dataPath.toAbsolutePath().normalize()).get(UiPreferences.LANGUAGE)
                    .map(UiLanguage::valueOf).orElse(UiLanguage.SYSTEM);
        } catch (RuntimeException e) {
            return UiLanguage.SYSTEM;
        }
    }

    /**
     * Shows the first screen at once: the sign-in when the data folder has a database (it opens meanwhile), else a
     * short wait while the new database is created, then the first-start screen.
     */
    @Override
    public void start(Stage stage) {
        toolkitUp = true;
        StartupProbe.mark("toolkit");
        JAVAFX_LOG.setLevel(null); // past the start: JavaFX's warnings (a style sheet's error, say) show again
        Theme.apply();
        Platform.setImplicitExit(false);
        stage.setOnCloseRequest(e -> Platform.exit());
        this.primary = stage;
        this.messages = Messages.forLocale(startup.language().resolve(Locale.getDefault()));
        stage.setTitle(messages.get("app.title"));
        if (startup.opening() == null) {
            // a server without a password to hand: the form asks for it, and opens it
            showServerForm(startup.server(), messages.get("server.form.passwordNeeded"));
            stage.show();
            return;
        }
        if (startup.hasDatabase()) {
            showSignIn(Map.of());
        } else {
            show(new StartupPane(messages.get("startup.opening", startup.dataPath())), 560, 360);
        }
        StartupProbe.firstFrame(stage);
        boolean signingIn = startup.hasDatabase();
        afterFirstFrame(stage, () -> {
            startup.opening().begin();
            if (signingIn) {
                rehearsal = WindowRehearsal.startSoon(); // while the password is typed, once the first frame is drawn
            }
        });
        stage.show();
        startup.opening().opened().whenComplete((opened, failure) -> Platform.runLater(() -> opened(opened,
                failure)));
    }

    /** Runs {@code work} once the first screen has been laid out (it is drawn in the same pulse). */
    private static void afterFirstFrame(Stage stage, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            work.run();
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    private void opened(Opening.Opened opened, Throwable failure) {
        if (failure != null && failure.getCause() instanceof java.util.concurrent.CancellationException) {
            return; // the window closed before the opening began
        }
        if (failure != null && startup.server() != null) {
            // unreachable, refused, or a schema to migrate: said in the form, which tries again without a restart
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            showServerForm(startup.server(), Failures.describe(cause, messages, "server.form.failed"));
            return;
        }
        if (failure != null) {
            fatal(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure);
            return;
        }
        this.services = opened.services();
        if (opened.hasAccounts()) {
            if (signIn == null) {
                showSignIn(Map.of());
            }
        } else if (startup.start().demo()) {
            persistence.run(() -> startup.opening().demo(), this::demoSeeded, this::fatal);
        } else {
            showSetup();
        }
    }

    private void showSetup() {
        SetupViewModel model = new SetupViewModel(startup.opening(), persistence, messages);
        org.pressdesk.ui.signin.LetterheadStepModel letterhead = new org.pressdesk.ui.signin.LetterheadStepModel(
                letterheadProof(), new org.pressdesk.pdf.PagePreview(), messages, rendering, scheduler,
                model.officeCode(), model.officeName(), SetupViewModel.ZONE);
        SetupView setup = new SetupView(model, letterhead, FileDialogs.system(), messages, this::signedIn,
                this::demoSeeded);
        setup.offerServer(messages.get("setup.server"), () -> showServerForm(null, ""));
        show(setup, SETUP_WIDTH, SETUP_HEIGHT, SETUP_MIN_WIDTH, SETUP_MIN_HEIGHT);
        primary.setTitle(messages.get("setup.windowTitle"));
    }

    /** Draws the sample communiqué of the first-start screen on the letterhead being filled in. */
    private static java.util.function.BiFunction<org.pressdesk.domain.CommuniqueContent,
            org.pressdesk.domain.Office, byte[]> letterheadProof() {
        org.pressdesk.publication.LetterheadProof proof = AppServices.letterheadProof();
        return (content, office) -> proof.draw(content, office, false);
    }

    /** The demonstration is in place: its passwords are printed for the terminal and shown for the sign-in. */
    private void demoSeeded(DemoSeeder.Seeded seeded) {
        System.out.println(messages.get("demo.seeded", seeded.communiques(), startup.dataPath()));
        seeded.passwords().forEach((name, password) -> System.out.println(messages.get("demo.account", name,
                password, messages.get("role." + seeded.roles().get(name).name()))));
        System.out.println(messages.get("demo.signing", seeded.signingPassword()));
        Map<String, String> shown = new java.util.LinkedHashMap<>(seeded.passwords());
        shown.put(messages.get("signIn.demoSigning"), seeded.signingPassword());
        showSignIn(shown);
    }


    /** The sign-in form; its check waits for the database when the person is quicker than the opening. */
    private void showSignIn(Map<String, String> demoPasswords) {
        SignInViewModel model = new SignInViewModel((name, secret) -> openedServices(name, secret).accounts()
                .signIn(name, secret), persistence, messages);
        this.signIn = model;
        if (startup.start().user() != null) {
            model.username().set(startup.start().user());
        } else if (!demoPasswords.isEmpty()) {
            model.username().set("redaction");
        }
        Parent form = new SignInView(model, messages, startup.dataPath().toAbsolutePath().normalize().toString(),
                demoPasswords, this::signedIn);
        if (startup.server() != null) {
            form = new javafx.scene.layout.BorderPane(form, new ServerBar(startup.server(), messages,
                    this::forgetServer), null, null, null);
        }
        show(form, 560, demoPasswords.isEmpty() ? 380 : 520);
        primary.setTitle(messages.get("signIn.windowTitle"));
        String password = System.getenv("PRESSDESK_PASSWORD");
        if (demoPasswords.isEmpty() && startup.start().user() != null && password != null && !password.isEmpty()) {
            StartupProbe.afterTyping(() -> {
                StartupProbe.mark("enter");
                model.password().set(password);
                model.signIn(this::signedIn);
            });
        }
    }

    /**
     * The server form: from the first-start screen ({@code known} null), or at start when the server needs its
     * password or could not be reached ({@code why} says so; *Se connecter* tries again, no restart needed).
     */
    private void showServerForm(ServerChoice known, String why) {
        ServerFormViewModel model = new ServerFormViewModel(HeadquartersServer::check,
                remembered(startup.dataPath()), persistence, messages);
        if (known != null) {
            model.fill(known.address(), known.user(), known.caFile(), why);
        }
        // back to this machine's own database: its first-start screen, or (from a server) it opened again
        Runnable back = known == null && startup.server() == null ? this::showSetup : this::forgetServer;
        show(new ServerFormView(model, messages, this::connectTo, back), SERVER_WIDTH, SERVER_HEIGHT,
                SETUP_MIN_WIDTH, SETUP_MIN_HEIGHT);
        primary.setTitle(messages.get("server.form.windowTitle"));
    }

    /** Opens the server the form checked; the local database opened meanwhile (if any) is closed once ready. */
    private void connectTo(ServerFormViewModel.Connection connection) {
        switchTo(Opening.ofServer(startup.dataPath(), connection.address(), connection.login(),
                startup.settings()), ServerChoice.of(connection), messages.get("server.opening",
                        connection.address()));
    }

    /** Forgets the remembered server and opens this machine's own database again. */
    private void forgetServer() {
        persistence.run(() -> {
            remembered(startup.dataPath()).forget();
            return true;
        }, done -> switchTo(Opening.of(startup.dataPath(), startup.settings()), null,
                messages.get("startup.opening", startup.dataPath())), this::fatal);
    }

    private void switchTo(Opening again, ServerChoice server, String waiting) {
        Opening previous = startup.opening();
        if (previous != null) {
            previous.opened().thenAccept(done -> previous.prepared().thenAccept(AppServices::close));
        }
        services = null;
        startup = startup.reopened(again, server);
        signIn = null;
        show(new StartupPane(waiting), 560, 360);
        again.begin();
        again.opened().whenComplete((opened, failure) -> Platform.runLater(() -> opened(opened, failure)));
    }

    /**
     * The services a sign-in checks its password against, once the database is open; called on the sign-in's
     * background thread, which waits for it. An encrypted database found damaged replaces the sign-in with the
     * recovery choices.
     */
    private AppServices openedServices(String name, char[] secret) {
        try {
            return startup.opening().signingIn(name, secret);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            if (DamagedStart.isDamaged(e)) {
                Platform.runLater(() -> damagedAtSignIn(e, name));
            }
            throw e;
        }
    }

    private void damagedAtSignIn(Throwable failure, String name) {
        Log.LOG.warn("The encrypted database is damaged", failure);
        DamagedStart.offered(failure, startup.dataPath(), startup.settings(), persistence, messages,
                Failures.describe(failure, messages, "startup.failed"), this::reopen, pane -> show(pane, 720, 480),
                name);
    }

    /** Signed in: the main window opens as soon as what it needs is built (usually while the password was typed). */
    private void signedIn(UserAccount account) {
        this.user = account;
        StartupProbe.mark("signed-in");
        CompletableFuture<AppServices> prepared = startup.opening().prepared();
        if (!prepared.isDone()) {
            show(new StartupPane(messages.get("startup.preparing")), 560, 360);
        }
        prepared.whenComplete((ready, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                fatal(failure.getCause() != null ? failure.getCause() : failure);
            } else {
                this.services = ready;
                persistence.run(() -> ready.accounts().mustChangePassword(account), must -> {
                    if (must) {
                        showNewPassword(account);
                    } else {
                        openFirstWindow();
                    }
                }, this::fatal);
            }
        }));
    }

    /** An administrator's reset asked for a password of the person's own: chosen before anything else opens. */
    private void showNewPassword(UserAccount account) {
        NewPasswordViewModel model = new NewPasswordViewModel(services.accounts(), account, persistence, messages);
        show(new NewPasswordView(model, messages, this::openFirstWindow), 560, 420);
        primary.setTitle(messages.get("newPassword.windowTitle"));
    }

    private void openFirstWindow() {
        if (rehearsal != null) {
            rehearsal.stop(); // what it did not rehearse yet is built for real now
        }
        StartupProbe.mark("window-building");
        MainWindow window = windowAssembly().mainWindow(primary);
        StartupProbe.mark("window-built");
        windows.add(window);
        window.stage().setOnHidden(e -> windowClosed(window));
        primary.centerOnScreen();
        window.show(true);
        scheduledBackups.daily(services.backupSchedule());
        if (Boolean.getBoolean(StartupProbe.PROPERTY)) {
            StartupProbe.watch(window.stage(), window.model().list().items());
        }
    }

    /** What builds this session's main windows; made again when the user or the language changes. */
    private MainAssembly windowAssembly() {
        return new MainAssembly(services, new UiContext(user, messages, persistence, rendering, listing, scheduler,
                FileDialogs.system(), this));
    }

    @Override
    public void openMainWindow() {
        MainWindow window = windowAssembly().mainWindow(new Stage());
        windows.add(window);
        window.stage().setOnHidden(e -> windowClosed(window));
        window.show(false);
    }

    /** The windows are built again in the language just chosen, each showing what it showed (unsaved text too). */
    @Override
    public void languageChanged() {
        messages = LanguageSwitch.chosen(services.preferences(), Locale.getDefault());
        List<MainWindow> open = new ArrayList<>(windows);
        windows.clear();
        open.forEach(window -> window.stage().setOnHidden(null));
        new LanguageSwitch(persistence).rebuild(open,
                () -> windowAssembly().mainWindow(new Stage()), window -> {
                    windows.add(window);
                    window.stage().setOnHidden(e -> windowClosed(window));
                });
    }

    @Override
    public void switchUser() {
        List<MainWindow> open = new ArrayList<>(windows);
        windows.clear();
        for (MainWindow window : open) {
            window.stage().setOnHidden(null);
            window.closeKeepingDraft();
        }
        user = null;
        primary.setMaximized(false);
        primary.setScene(null);
        primary.titleProperty().unbind();
        showSignIn(Map.of());
        primary.centerOnScreen();
        primary.show();
    }

    @Override
    public void encryptDatabase() {
        AppServices session = services;
        String admin = user.username();
        List<MainWindow> open = new ArrayList<>(windows);
        windows.clear();
        open.forEach(window -> {
            window.stage().setOnHidden(null);
            window.closeKeepingDraft();
        });
        services = null; // from here the conversion owns it: closed there, or given back by a cancel
        org.pressdesk.ui.encryption.Conversion conversion = org.pressdesk.ui.encryption.Conversion.of(
                password -> org.pressdesk.app.DatabaseEncryption.checkAdministrator(session, admin, password),
                password -> {
                    session.close();
                    return org.pressdesk.app.DatabaseEncryption.encrypt(session.dataDirectory(),
                            startup.settings(), admin, password).recoveryKeyText();
                }, this::reopen, () -> {
                    services = session;
                    openFirstWindow();
                });
        primary.setMaximized(false);
        primary.titleProperty().unbind();
        show(new org.pressdesk.ui.encryption.EncryptionView(new org.pressdesk.ui.encryption.EncryptionViewModel(
                conversion, persistence, messages), messages), 760, 600);
        primary.setTitle(messages.get("encryption.windowTitle"));
        primary.centerOnScreen();
        primary.show();
    }

    private void windowClosed(MainWindow window) {
        windows.remove(window);
        if (windows.isEmpty()) {
            Platform.exit();
        }
    }

    private void show(Parent root, double width, double height) {
        show(root, width, height, Math.min(width, 480), Math.min(height, 320));
    }

    /** Within the screen's usable area, centred; the content scrolls when the screen is smaller than it. */
    private void show(Parent root, double width, double height, double minWidth, double minHeight) {
        Parent scroller = ScreenFit.scrolling(root);
        if (primary.getScene() == null) {
            primary.setScene(new Scene(scroller));
        } else {
            primary.getScene().setRoot(scroller);
        }
        ScreenFit.apply(primary, width, height, minWidth, minHeight);
    }

    private void fatal(Throwable failure) {
        Log.LOG.error("Start-up failed", failure);
        String text = Failures.describe(failure, messages, "startup.failed");
        if (DamagedStart.offered(failure, startup.dataPath(), startup.settings(), persistence, messages,
                text, this::reopen, pane -> show(pane, 720, 420))) {
            return;
        }
        show(StartupPane.failure(text, messages.get("app.quit"), Platform::exit), 640, 360);
    }

    /** Opens the data folder again, once a recovered or restored database took the damaged one's place. */
    private void reopen() {
        Opening again = Opening.of(startup.dataPath(), startup.settings());
        startup = startup.reopened(again, null);
        signIn = null; // the sign-in shown before the failure waited on the old opening: a new one is shown
        show(new StartupPane(messages.get("startup.opening", startup.dataPath())), 560, 360);
        again.begin();
        again.opened().whenComplete((opened, failure) -> Platform.runLater(() -> opened(opened, failure)));
    }

    @Override
    public void stop() {
        for (MainWindow window : windows) {
            window.model().editor().flush();
        }
        persistence.close();
        rendering.close();
        listing.close();
        scheduler.close();
        if (services != null && user != null) {
            scheduledBackups.atSignOut(services.backupSchedule(),
                    org.pressdesk.ui.backup.ScheduledBackups.SIGN_OUT_BOUND);
        }
        scheduledBackups.close();
        if (services != null) {
            services.close();
        } else if (startup.opening() != null) {
            startup.opening().cancel();
            startup.opening().prepared().thenAccept(AppServices::close);
        }
    }
}
