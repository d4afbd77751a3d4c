package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.i18n.UiLanguage;
import org.pressdesk.store.DataDirectory;
import org.pressdesk.store.LocalPreferences;
import org.pressdesk.ui.common.FileDialogs;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;
import org.pressdesk.ui.main.MainWindow;
import org.pressdesk.ui.signin.SetupView;
import org.pressdesk.ui.signin.SetupViewModel;
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
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    /** Kept referenced: the class-path start warning of JavaFX says nothing a user can act on. */
    private static final java.util.logging.Logger JAVAFX_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");
    private static volatile Startup startup;

    private final FxTaskRunner persistence = new FxTaskRunner("persistence");
    private final FxTaskRunner rendering = new FxTaskRunner("rendering");
    private final FxTaskRunner listing = new FxTaskRunner("listing");
    private final FxScheduler scheduler = new FxScheduler();
    private final List<MainWindow> windows = new ArrayList<>();
    private Stage primary;
    private AppServices services;
    private UserAccount user;
    private Messages messages;

    /** What the launcher hands to the toolkit's thread: the options and the database being opened. */
    private record Startup(GuiLauncher.Start start, UiLanguage language, Path dataPath,
            CompletableFuture<Opening.Opened> opening) {
    }

    /** Starts the window and returns when the last window has closed. */
    public static int launch(GuiLauncher.Start start, UiLanguage language, AppServices.Settings settings) {
        Path dataPath = start.dataDirectory() != null ? start.dataDirectory() : DataDirectory.defaultLocation();
        CompletableFuture<Opening.Opened> opening = Opening.start(dataPath, settings, start.user(),
                System.getenv("PRESSDESK_PASSWORD"));
        startup = new Startup(start, language, dataPath, opening);
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(DesktopApp.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("toolkit");
        Theme.apply();
        Platform.setImplicitExit(false);
        stage.setOnCloseRequest(e -> Platform.exit());
        this.primary = stage;
        this.messages = Messages.forLocale(chosenLanguage().resolve(Locale.getDefault()));
        stage.setTitle(messages.get("app.title"));
        show(new StartupPane(messages.get("startup.opening", startup.dataPath())), 560, 360);
        stage.show();
        startup.opening().whenComplete((opened, failure) -> Platform.runLater(() -> opened(opened, failure)));
    }

    private UiLanguage chosenLanguage() {
        if (startup.language() != UiLanguage.SYSTEM) {
            return startup.language();
        }
        try {
            return LocalPreferences.load(DataDirectory.prepare(startup.dataPath()).path()).get(UiPreferences.LANGUAGE)
                    .map(UiLanguage::valueOf).orElse(UiLanguage.SYSTEM);
        } catch (RuntimeException e) {
            return UiLanguage.SYSTEM;
        }
    }

    private void opened(Opening.Opened opened, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            LOG.error("Cannot open the data directory", cause);
            String text = cause instanceof PressDeskException known ? messages.describe(known)
                    : messages.get("startup.failed", String.valueOf(cause.getMessage()));
            show(StartupPane.failure(text, messages.get("app.quit"), Platform::exit), 640, 360);
            return;
        }
        this.services = opened.services();
        if (opened.signedIn() != null) {
            signedIn(opened.signedIn());
        } else if (opened.hasAccounts()) {
            showSignIn(Map.of()).error().set(opened.signInFailure() == null ? ""
                    : messages.describe(opened.signInFailure()));
        } else if (startup.start().demo()) {
            persistence.run(() -> services.demo().seed(), this::demoSeeded, this::fatal);
        } else {
            showSetup();
        }
    }

    private void showSetup() {
        SetupViewModel model = new SetupViewModel(services.database(), services.accounts(), services.offices(),
                services.demo(), persistence, messages);
        show(new SetupView(model, messages, this::signedIn, this::demoSeeded), 720, 560);
        primary.setTitle(messages.get("setup.windowTitle"));
    }

    /** The demonstration is in place: its passwords are printed for the terminal and shown for the sign-in. */
    private void demoSeeded(DemoSeeder.Seeded seeded) {
        System.out.println(messages.get("demo.seeded", seeded.communiques(), services.dataDirectory()));
        seeded.passwords().forEach((name, password) -> System.out.println(messages.get("demo.account", name,
                password, messages.get("role." + seeded.roles().get(name).name()))));
        System.out.println(messages.get("demo.signing", seeded.signingPassword()));
        Map<String, String> shown = new java.util.LinkedHashMap<>(seeded.passwords());
        shown.put(messages.get("signIn.demoSigning"), seeded.signingPassword());
        showSignIn(shown);
    }


    private SignInViewModel showSignIn(Map<String, String> demoPasswords) {
        SignInViewModel model = new SignInViewModel(services.accounts(), persistence, messages);
        if (startup.start().user() != null) {
            model.username().set(startup.start().user());
        } else if (!demoPasswords.isEmpty()) {
            model.username().set("redaction");
        }
        show(new SignInView(model, messages, services.dataDirectory().toString(), demoPasswords, this::signedIn),
                560, demoPasswords.isEmpty() ? 380 : 520);
        primary.setTitle(messages.get("signIn.windowTitle"));
        return model;
    }

    private void signedIn(UserAccount account) {
        this.user = account;
        StartupProbe.mark("window-building");
        MainWindow window = new MainWindow(context(), primary);
        StartupProbe.mark("window-built");
        windows.add(window);
        window.stage().setOnHidden(e -> windowClosed(window));
        primary.centerOnScreen();
        window.show(true);
        if (Boolean.getBoolean(StartupProbe.PROPERTY)) {
            StartupProbe.watch(window.stage(), window.model().list().items());
        }
    }

    private UiContext context() {
        return new UiContext(services, user, messages, persistence, rendering, listing, scheduler,
                getHostServices(), FileDialogs.system(), this);
    }

    @Override
    public void openMainWindow() {
        MainWindow window = new MainWindow(context(), new Stage());
        windows.add(window);
        window.stage().setOnHidden(e -> windowClosed(window));
        window.show(false);
    }

    @Override
    public void languageChanged() {
        messages = Messages.forLocale(services.preferences().get(UiPreferences.LANGUAGE).map(UiLanguage::valueOf)
                .orElse(UiLanguage.SYSTEM).resolve(Locale.getDefault()));
        List<MainWindow> open = new ArrayList<>(windows);
        windows.clear();
        for (MainWindow window : open) {
            window.stage().setOnHidden(null);
            window.closeKeepingDraft();
        }
        // the autosaves written by closeKeepingDraft come back in the new window
        persistence.run(() -> true, ignored -> {
            MainWindow window = new MainWindow(context(), primary);
            windows.add(window);
            window.stage().setOnHidden(e -> windowClosed(window));
            window.show(true);
        }, this::fatal);
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

    private void windowClosed(MainWindow window) {
        windows.remove(window);
        if (windows.isEmpty()) {
            Platform.exit();
        }
    }

    private void show(Parent root, double width, double height) {
        if (primary.getScene() == null) {
            primary.setScene(new Scene(root, width, height));
        } else {
            primary.getScene().setRoot(root);
            primary.setWidth(width);
            primary.setHeight(height);
        }
    }

    private void fatal(Throwable failure) {
        LOG.error("Start-up failed", failure);
        String text = failure instanceof PressDeskException known ? messages.describe(known)
                : messages.get("startup.failed", String.valueOf(failure.getMessage()));
        show(StartupPane.failure(text, messages.get("app.quit"), Platform::exit), 640, 360);
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
        if (services != null) {
            services.close();
        }
    }
}
