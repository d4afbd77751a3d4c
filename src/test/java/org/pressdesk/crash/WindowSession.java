package org.pressdesk.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.main.MainWindow;
import org.pressdesk.ui.task.FxScheduler;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * The real main window, headless, in a process of its own that a test kills: it opens the data directory
 * {@code args[0]}, signs in as {@code args[1]}, shows the window with crash recovery and then works through the
 * window's own view models, runners and timers. Each thing the window reports is printed on a line of its own the
 * moment the status bar shows it, so that the killing test knows what was promised before the kill.
 *
 * <p>Its script is the round: keep the recovered text with Ctrl+S, write a new communiqué, save it, type
 * more and let the autosave run, then wait for the kill. Arguments: the data directory (made by {@link CrashOffice}),
 * the user. docs/benchmarks.md shows the loop that kills it round after round.
 */
public final class WindowSession {
    

    private final MainWindow window;
    private final EditorViewModel editor;

    private WindowSession(MainWindow window) {
        this.window = window;
        this.editor = window.model().editor();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        AppServices services = AppServices.open(DataDirectory.prepare(Path.of(args[0])),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), duration -> { }));
        UserAccount user = services.accounts().signIn(args[1], CrashOffice.PASSWORD.toCharArray());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WindowSession session = onFx(() -> open(services, user));
        session.script(args.length > 2 ? args[2] : "round");
    }

    private static WindowSession open(AppServices services, UserAccount user) {
        Messages messages = Messages.forLocale(Locale.FRENCH);
        UiContext context = new UiContext(user, messages, new FxTaskRunner("persistence"),
                new FxTaskRunner("rendering"), new FxTaskRunner("listing"), new FxScheduler(),
                (owner, title, filter, dir, name) -> Optional.empty(), new UiContext.Windows() {
                    @Override
                    public void openMainWindow() {
                    }

                    @Override
                    public void languageChanged() {
                    }
                });
        MainWindow window = new MainAssembly(services, context).mainWindow(new Stage());
        window.model().status().addListener((o, was, now) -> report(window, now));
        window.show(true);
        return new WindowSession(window);
    }

    private static void report(MainWindow window, String status) {
        Communique stored = window.model().editor().stored().get();
        String id = stored == null ? "-" : stored.id() + "/" + stored.version();
        System.out.println("STATUS " + id + " " + status.replace('\n', ' '));
        System.out.flush();
    }

    private void script(String name) throws Exception {
        waitFor(() -> editor.office().get() != null);
        Thread.sleep(1500);
        // The scripted round of the issue: keep what was recovered, write a new communiqué, save, type, autosave.
        onFx(() -> {
            editor.save();
            return null;
        });
        Thread.sleep(1000);
        onFx(() -> {
            editor.newDraft();
            editor.title().set("Communiqué " + System.nanoTime());
            editor.save();
            return null;
        });
        waitFor(() -> editor.stored().get() != null);
        System.out.println("STEP saved, dirty=" + onFx(() -> editor.dirty().get()));
        System.out.flush();
        onFx(() -> {
            editor.body().set(editor.body().get() + " texte tapé après l’enregistrement " + System.nanoTime());
            return null;
        });
        Thread.sleep(6000);
        System.out.println("READY " + editor.stored().get().id() + " " + editor.body().get());
        System.out.flush();
        Thread.sleep(600_000);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window never got there");
            }
            Thread.sleep(50);
        }
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
