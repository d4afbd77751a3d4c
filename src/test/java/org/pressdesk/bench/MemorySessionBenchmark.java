package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;

/**
 * Issue 14, point 5: the resident memory of a long session. Signs in as a real account (production password
 * hashing) on a COPY of a data folder, opens the real main window (headless with Monocle, or under Xvfb), then
 * loops for the given minutes: open a draft from the list, type into its body (the preview redraws), save, search the
 * full text, filter the list. Every minute it prints the process's resident memory
 * (VmRSS) and the heap in use after a full collection; at the end the first, last and largest.
 *
 * <p>The session writes into the folder: give it a copy. {@code cp -r data-10000 /tmp/copy; PRESSDESK_PASSWORD=…
 * nice -n 10 java -Xmx512m -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -cp "$CP" org.pressdesk.bench.MemorySessionBenchmark /tmp/copy bench 60}
 */
public final class MemorySessionBenchmark {
    private static final String[] SEARCHES = {"ambassadeur", "coopération", "ministre japon", "éducation",
        "audience", "santé", "bamako", "visite officielle"};
    private static final String[] FILTERS = {"audience", "visite", "ministre", "japon", ""};

    private MemorySessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String user = args.length > 1 ? args[1] : "bench";
        int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String password = Optional.ofNullable(System.getenv("PRESSDESK_PASSWORD")).orElse("benchmark-password");
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no data folder " + data);
        }
        long start = System.nanoTime();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
        AppServices services = AppServices.open(DataDirectory.prepare(data), AppServices.Settings.production());
        UserAccount account = services.accounts().signIn(user, password.toCharArray());
        services.search();
        services.pdfExport();
        WindowRunners runners = new WindowRunners();
        Messages messages = Messages.forLocale(Locale.FRENCH);
        Scene scene = onFx(() -> {
            Theme.apply();
            Stage stage = new Stage();
            new MainAssembly(services, runners.context(account, messages,
                    (owner, title, filter, d, name) -> Optional.empty())).mainWindow(stage).show(false);
            stage.setWidth(1366);
            stage.setHeight(768);
            return stage.getScene();
        });
        Thread.sleep(10_000);
        Sample first = Sample.take(0);
        System.out.printf(Locale.ROOT, "after sign-in (%.1f s from start): %s%n", seconds(start), first);
        Session session = new Session(scene);
        Sample largest = first;
        Sample last = first;
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        long nextSample = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        int minute = 0;
        while (System.nanoTime() < end) {
            session.step();
            if (System.nanoTime() >= nextSample) {
                nextSample += TimeUnit.MINUTES.toNanos(1);
                last = Sample.take(++minute);
                largest = last.rssKb() > largest.rssKb() ? last : largest;
                System.out.printf(Locale.ROOT, "minute %d: %s, %d steps, %d saves, %d dialogs%n", minute,
                        last, session.steps, session.saves, session.dialogsAnswered);
            }
        }
        System.out.printf(Locale.ROOT, "summary: after sign-in %d MiB, at the end %d MiB (minute %d), largest %d MiB "
                + "(minute %d); heap after GC %d -> %d MiB; %d steps%n", first.rssKb() / 1024, last.rssKb() / 1024,
                last.minute(), largest.rssKb() / 1024, largest.minute(), first.heapMb(), last.heapMb(),
                session.steps);
        onFx(() -> {
            runners.close();
            return null;
        });
        services.close();
        Platform.exit();
        System.exit(0);
    }

    /** One pass of what a press officer does: open, edit and save, search, filter. */
    private static final class Session {
        private static final java.util.Set<String> SEEN_DIALOGS = new java.util.HashSet<>();
        private final Scene scene;
        private int steps;
        private int saves;
        private int dialogsAnswered;

        Session(Scene scene) {
            this.scene = scene;
        }

        void step() throws Exception {
            int pick = steps * 37;
            later(() -> {
                showTab(0);
                selectDraft(pick);
            });
            pause(1_500); // the editor loads it
            boolean editable = onFx(() -> ((org.pressdesk.ui.editor.BodyArea) scene.lookup("#bodyArea")).isEditable());
            if (editable) {
                for (int i = 0; i < 20; i++) {
                    onFx(() -> {
                        ((org.pressdesk.ui.editor.BodyArea) scene.lookup("#bodyArea")).appendText(" mot");
                        return null;
                    });
                    Thread.sleep(60);
                }
                pause(1_500); // the preview redraws once typing pauses
                later(() -> ((Button) scene.lookup("#saveButton")).fire());
                saves++;
                pause(2_500);
            }
            String query = SEARCHES[steps % SEARCHES.length];
            later(() -> {
                showTab(1);
                ((TextField) scene.lookup("#searchField")).setText(query);
            });
            pause(1_500);
            String filter = FILTERS[steps % FILTERS.length];
            later(() -> {
                showTab(0);
                ((TextField) scene.lookup("#filterField")).setText(filter);
            });
            pause(1_000);
            steps++;
        }

        /**
         * Selects a draft of the list as filtered now (only drafts can be edited: four communiqués in five of the
         * benchmark folder are not, and a saved draft moves to the top), the {@code pick}-th modulo their number; the
         * first row when the filter shows none.
         */
        @SuppressWarnings("unchecked")
        private void selectDraft(int pick) {
            TableView<CommuniqueSummary> table = (TableView<CommuniqueSummary>) scene.lookup("#communiqueTable");
            List<CommuniqueSummary> rows = table.getItems();
            List<Integer> drafts = java.util.stream.IntStream.range(0, Math.min(rows.size(), 1_000))
                    .filter(i -> rows.get(i).status() == Status.DRAFT).boxed().toList();
            table.getSelectionModel().clearAndSelect(drafts.isEmpty() ? 0 : drafts.get(pick % drafts.size()));
        }

        /**
         * Waits, answering any question the window asks meanwhile (a save still running on a loaded machine makes
         * the next selection ask about unsaved changes): "save" where offered, otherwise the dialog's cancel.
         */
        private void pause(long millis) throws Exception {
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                Thread.sleep(250);
                dialogsAnswered += onFx(Session::answerDialogs);
            }
        }

        private static int answerDialogs() {
            int answered = 0;
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window.isShowing() && window.getScene() != null
                        && window.getScene().getRoot() instanceof DialogPane pane) {
                    ButtonType choice = pane.getButtonTypes().stream()
                            .filter(type -> type.getButtonData() == ButtonBar.ButtonData.YES
                                    || type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                            .findFirst().orElse(pane.getButtonTypes().isEmpty() ? null
                                    : pane.getButtonTypes().get(pane.getButtonTypes().size() - 1));
                    if (SEEN_DIALOGS.add(pane.getHeaderText() + " / " + pane.getContentText())) {
                        System.out.printf(Locale.ROOT, "dialog answered (first time): %s / %s%n",
                                pane.getHeaderText(), pane.getContentText());
                    }
                    if (choice != null && pane.lookupButton(choice) instanceof Button button) {
                        button.fire();
                        answered++;
                    }
                }
            }
            return answered;
        }

        private void showTab(int index) {
            ((TabPane) scene.lookup("#listTabs")).getSelectionModel().select(index);
        }
    }

    /**
     * Resident memory of this process as the session left it (read before the collection, which could give memory
     * back and flatter the figure), and the heap in use: after a full collection every tenth minute (what the program
     * keeps), otherwise as found (no collection, so that the session's own collector decides what stays resident).
     */
    private record Sample(int minute, long rssKb, long heapMb, boolean collected) {
        static Sample take(int minute) throws Exception {
            boolean collect = minute % 10 == 0;
            long rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1);
            if (collect) {
                System.gc();
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            return new Sample(minute, rss, heap, collect);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "resident %d MiB, heap %s %d MiB", rssKb / 1024,
                    collected ? "after GC" : "in use", heapMb);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return KeystrokeTimer.onFx(work);
    }

    private static void later(Runnable action) {
        Platform.runLater(action);
    }
}
