package org.pressdesk.bench;

import static org.pressdesk.bench.KeystrokeTimer.median;
import static org.pressdesk.bench.KeystrokeTimer.onFx;
import static org.pressdesk.bench.KeystrokeTimer.summary;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.pressdesk.ui.MainAssembly;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.WindowRunners;
import org.pressdesk.ui.common.Theme;
import org.pressdesk.ui.editor.BodyArea;

/**
 * Issue 15, point 16: a long paste into the editor's body, then typing in it, measured against a reference in the
 * same run. Opens the real main window (1366×768) on a fresh data folder and, beside it, a bare stage holding only a
 * JavaFX {@code TextArea} of the body's size (wrapping, as the body does). For each length N it pastes N characters
 * into both through the clipboard, then types K characters at the end and K in the middle of each, 25 a second,
 * alternating editor and reference so that both meet the same load. Each keystroke is timed from its key event to the
 * end of the layout pass that shows it. Prints medians and p90s, the ratio editor/reference of the medians, the load
 * average at each length, and the heap still in use after collections (HeapPeak), the largest.
 *
 * <p>{@code java -Xmx2g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k
 * -cp "$CP" org.pressdesk.bench.PasteBenchmark 5000,10000,25000,50000,100000 20}
 */
public final class PasteBenchmark {
    private PasteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] lengths = Arrays.stream((args.length > 0 ? args[0] : "5000,10000,25000,50000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("paste-bench");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        UiTestData data = new UiTestData(dir.resolve("data"));
        WindowRunners runners = new WindowRunners();
        HeapPeak heap = HeapPeak.start();
        BodyArea body = onFx(() -> {
            Theme.apply();
            Stage stage = new Stage();
            new MainAssembly(data.services, runners.context(data.editor, data.messages,
                    (owner, title, filter, d, name) -> Optional.empty())).mainWindow(stage).show(false);
            stage.setWidth(1366);
            stage.setHeight(768);
            return (BodyArea) stage.getScene().lookup("#bodyArea");
        });
        Thread.sleep(5_000); // the window loads its offices and first draft
        TextArea reference = onFx(() -> bareTextArea(body.getLayoutBounds()));
        System.out.printf(Locale.ROOT, "editor body and reference: %.0f×%.0f px; %d keys at the end, %d in the middle"
                + "%n", body.getWidth(), body.getHeight(), keys, keys);
        System.out.println("length  | load | paste ms ed/ref | end: editor med/p90 | end: ref med/p90 | ratio"
                + " | middle: editor med/p90 | middle: ref med/p90 | ratio");
        long runStart = System.nanoTime();
        for (int length : lengths) {
            measure(body, reference, length, keys);
        }
        Thread.sleep(3_000);
        System.gc();
        System.out.printf(Locale.ROOT, "heap peak after collections: %,d MB; whole run %.1f s%n",
                heap.stop() / (1024 * 1024), (System.nanoTime() - runStart) / 1e9);
        onFx(() -> {
            runners.close();
            return null;
        });
        data.close();
        Platform.exit();
        System.exit(0);
    }

    private static void measure(BodyArea bodyArea, TextArea referenceArea, int length, int keys) throws Exception {
        TypedText body = TypedText.of(bodyArea);
        TypedText reference = TypedText.of(referenceArea);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String text = paragraphs(length);
        double pasteBody = KeystrokeTimer.replaceByPaste(body, text);
        double pasteReference = KeystrokeTimer.replaceByPaste(reference, text);
        Thread.sleep(3_000); // autosave, preview and tag suggestions run once typing pauses
        double[] bodyEnd = KeystrokeTimer.typing(body, keys, true);
        double[] referenceEnd = KeystrokeTimer.typing(reference, keys, true);
        double[] bodyMiddle = KeystrokeTimer.typing(body, keys, false);
        double[] referenceMiddle = KeystrokeTimer.typing(reference, keys, false);
        System.out.printf(Locale.ROOT, "%7d | %4.1f | %6.0f / %6.0f | %s | %s | %5.2f | %s | %s | %5.2f%n", length,
                load, pasteBody, pasteReference, summary(bodyEnd), summary(referenceEnd),
                median(bodyEnd) / median(referenceEnd), summary(bodyMiddle), summary(referenceMiddle),
                median(bodyMiddle) / median(referenceMiddle));
        Thread.sleep(3_000);
    }

    /** The reference: a JavaFX text area alone in a bare stage, of the body's size, wrapping its lines. */
    private static TextArea bareTextArea(Bounds size) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefSize(size.getWidth(), size.getHeight());
        Stage stage = new Stage();
        stage.setScene(new Scene(area));
        stage.show();
        return area;
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
}
