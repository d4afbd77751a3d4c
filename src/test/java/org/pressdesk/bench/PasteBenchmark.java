package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;

/**
 * Issue 15, point 16: a long paste into the editor's body, then typing in it. Opens the real main window (1366×768)
 * on a fresh data folder, pastes a body of N characters through the clipboard, then types K characters at the end
 * and in the middle; each keystroke is timed from its key event to the end of the layout pass that shows it (the
 * scene's post-layout pulse). Memory: the heap still in use after each collection (HeapPeak), the largest.
 *
 * <p>{@code xvfb-run -a -s "-screen 0 1366x768x24" java -Xmx2g -cp "$CP" org.pressdesk.bench.PasteBenchmark
 * 2000000 60}
 */
public final class PasteBenchmark {
    private PasteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int length = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path dir = Files.createTempDirectory("paste-bench");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        UiTestData data = new UiTestData(dir.resolve("data"));
        WindowRunners runners = new WindowRunners();
        HeapPeak heap = HeapPeak.start();
        TextArea body = onFx(() -> {
            Theme.apply();
            Stage stage = new Stage();
            new MainAssembly(data.services, runners.context(data.editor, data.messages,
                    (owner, title, filter, d, name) -> Optional.empty())).mainWindow(stage).show(false);
            stage.setWidth(1366);
            stage.setHeight(768);
            return (TextArea) stage.getScene().lookup("#bodyArea");
        });
        Thread.sleep(5_000); // the window loads its offices and first draft
        String text = paragraphs(length);
        long pasteStart = System.nanoTime();
        double paste = timed(body, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            body.requestFocus();
            body.end();
            body.paste();
        });
        System.out.printf(Locale.ROOT, "paste of %,d characters: %.0f ms (body now %,d characters)%n", length,
                paste, onFx(() -> body.getLength()));
        Thread.sleep(3_000); // autosave and preview run once typing pauses
        double[] atEnd = typing(body, keys, true);
        double[] inMiddle = typing(body, keys, false);
        Thread.sleep(4_000);
        System.gc();
        report("typing at the end", atEnd);
        report("typing in the middle", inMiddle);
        System.out.printf(Locale.ROOT, "heap peak after collections: %,d MB; whole run %.1f s%n",
                heap.stop() / (1024 * 1024), (System.nanoTime() - pasteStart) / 1e9);
        onFx(() -> {
            runners.close();
            return null;
        });
        data.close();
        Platform.exit();
        System.exit(0);
    }

    private static double[] typing(TextArea body, int keys, boolean atEnd) throws Exception {
        double[] times = new double[keys];
        for (int i = 0; i < keys; i++) {
            times[i] = timed(body, () -> {
                if (atEnd) {
                    body.end();
                } else {
                    body.positionCaret(body.getLength() / 2);
                }
                body.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "a", "a", KeyCode.UNDEFINED, false, false, false,
                        false));
            });
            Thread.sleep(40); // a fast typist: 25 keys a second
        }
        return times;
    }

    /** Milliseconds from the action to the end of the layout pass after it. */
    private static double timed(TextArea body, Runnable action) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            Scene scene = body.getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete((System.nanoTime() - start) / 1e6);
            };
            action.run();
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    private static void report(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s (%d keys): median %.1f ms, p90 %.1f ms, max %.1f ms%n", what,
                sorted.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)],
                sorted[sorted.length - 1]);
    }

    /** Text like a long report: paragraphs of a few hundred characters. */
    static String paragraphs(int length) {
        String sentence = "Le Ministre a reçu en audience l’Ambassadeur, avec qui il a évoqué la coopération. ";
        StringBuilder text = new StringBuilder(length);
        int paragraph = 0;
        while (text.length() < length) {
            text.append(sentence);
            if (++paragraph % 4 == 0) {
                text.append('\n');
            }
        }
        text.setLength(length);
        return text.toString();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
