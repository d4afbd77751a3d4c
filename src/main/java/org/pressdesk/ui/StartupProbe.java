package org.pressdesk.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * For the start-up benchmark ({@code -Dpressdesk.startupProbe=true}): prints when the main window's first frame is
 * laid out and when the list shows its first rows, then quits. Does nothing in normal use.
 */
final class StartupProbe {
    static final String PROPERTY = "pressdesk.startupProbe";
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private StartupProbe() {
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
            Platform.runLater(Platform::exit);
        }
    }

    /** Notes how far start-up has got ("opened", "signed-in"…), when the probe is on. */
    static void mark(String event) {
        if (Boolean.getBoolean(PROPERTY)) {
            report(event);
        }
    }

    private static void report(String event) {
        System.out.println("pressdesk.probe " + event + " " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
    }
}
