package org.pressdesk.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * For the start-up benchmark ({@code -Dpressdesk.startupProbe=true}): prints when the first screen and the main
 * window's first frame are laid out (with the process's CPU time at the first screen, steadier than the wall clock on
 * a busy machine) and when the list shows its first rows, then quits. Does nothing in normal use.
 */
final class StartupProbe {
    static final String PROPERTY = "pressdesk.startupProbe";
    private static final AtomicBoolean DONE = new AtomicBoolean();
    private static volatile Runnable pendingEnter;
    private static volatile boolean firstShown;

    private StartupProbe() {
    }

    /** Prints "first-window" when the first screen (sign-in or first start) is laid out. */
    static void firstFrame(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            report("first-window");
            System.out.println("pressdesk.probe first-window-cpu-ms " + cpuMillis());
            firstShown = true;
            Runnable enter = pendingEnter;
            if (enter != null) {
                Platform.runLater(() -> typeThen(enter));
            }
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    /**
     * Runs {@code enter} (the sign-in with PRESSDESK_PASSWORD) now, or, for the benchmark, after the time a person
     * takes to type a password ({@code -Dpressdesk.startupProbe.typingMillis}).
     */
    static void afterTyping(Runnable enter) {
        if (Long.getLong(PROPERTY + ".typingMillis", 0) <= 0 || !Boolean.getBoolean(PROPERTY)) {
            Platform.runLater(enter);
        } else if (firstShown) {
            typeThen(enter);
        } else {
            pendingEnter = enter;
        }
    }

    private static void typeThen(Runnable enter) {
        long typing = Long.getLong(PROPERTY + ".typingMillis", 0);
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(typing));
        pause.setOnFinished(e -> enter.run());
        pause.play();
    }

    static void watch(Stage stage, ObservableList<?> rows) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            report("shown");
            if (!rows.isEmpty()) {
                listReady();
            } else {
                rows.addListener((ListChangeListener<Object>) change -> listReady());
            }
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    private static void listReady() {
        if (DONE.compareAndSet(false, true)) {
            report("list");
            System.out.println("pressdesk.probe rss-kb " + residentKilobytes());
            // the process's CPU time (all threads): steadier than the wall clock on a shared machine
            System.out.println("pressdesk.probe cpu-ms " + cpuMillis());
            if (!Boolean.getBoolean(PROPERTY + ".stay")) {
                Platform.runLater(Platform::exit);
            }
        }
    }

    /** Notes how far start-up has got ("opened", "signed-in"…), when the probe is on. */
    static void mark(String event) {
        if (Boolean.getBoolean(PROPERTY)) {
            report(event);
        }
    }

    /** The process's CPU time so far, all threads (-1 if unknown). */
    static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** The process's resident memory (Linux), or -1. */
    static long residentKilobytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static void report(String event) {
        System.out.println("pressdesk.probe " + event + " " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
    }
}
