package org.pressdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** What the screenshot programs (not tests) share: work on the JavaFX thread, and a photograph of the X screen. */
public final class ScreenShots {
    private ScreenShots() {
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    public static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    public static void fx(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** The whole X screen into {@code file}, with ImageMagick's import. */
    public static void shoot(Path file) throws Exception {
        new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start().waitFor();
    }
}
