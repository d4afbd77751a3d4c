package org.pressdesk.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Times what a person does in a text control: a paste through the clipboard, then keys typed at the end or in the
 * middle, 25 a second. Each action is timed from its event to the end of the layout pass that shows it (the scene's
 * post-layout pulse), so the control's own layout counts as well as every listener of its text.
 */
final class KeystrokeTimer {
    private KeystrokeTimer() {
    }

    /** Empties {@code area}, then pastes {@code text} into it through the clipboard; milliseconds. */
    static double replaceByPaste(TypedText area, String text) throws Exception {
        onFx(() -> {
            area.clear();
            return null;
        });
        return timed(area, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            area.node().requestFocus();
            area.caretAt(area.length());
            area.paste();
        });
    }

    /** Types {@code keys} characters, at the end or in the middle; the milliseconds of each. */
    static double[] typing(TypedText area, int keys, boolean atEnd) throws Exception {
        double[] times = new double[keys];
        for (int i = 0; i < keys; i++) {
            times[i] = timed(area, () -> {
                area.node().requestFocus();
                area.caretAt(atEnd ? area.length() : area.length() / 2);
                area.node().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "a", "a", KeyCode.UNDEFINED, false, false, false,
                        false));
            });
            Thread.sleep(40); // a fast typist: 25 keys a second
        }
        return times;
    }

    /** Milliseconds from the action to the end of the layout pass after it. */
    static double timed(TypedText area, Runnable action) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            Scene scene = area.node().getScene();
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

    static double median(double[] times) {
        return percentile(times, 0.5);
    }

    static double p90(double[] times) {
        return percentile(times, 0.9);
    }

    private static double percentile(double[] times, double fraction) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))];
    }

    static String summary(double[] times) {
        return String.format(Locale.ROOT, "%7.1f / %7.1f", median(times), p90(times));
    }

    static <T> T onFx(Callable<T> work) throws Exception {
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
