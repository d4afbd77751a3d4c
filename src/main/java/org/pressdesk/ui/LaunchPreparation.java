package org.pressdesk.ui;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pressdesk.i18n.Messages;
import org.pressdesk.i18n.UiLanguage;

/**
 * What the first window needs from the JVM before the toolkit starts, prepared on the second core while the launching
 * thread reads the preferences and plans the opening (issue 14): before the toolkit starts, the process runs one
 * thread and the other core idles. Two things: Java's logging, whose first use searches every jar of the class path
 * for a logging back end (about 50 ms in a cold JVM, paid by JavaFX's start otherwise), with JavaFX's logger silenced
 * while the toolkit starts (its warning that JavaFX runs from the class path says nothing a user can act on); and the
 * window's texts, which the window then finds loaded.
 */
final class LaunchPreparation {
    /** JavaFX's logger, kept referenced so that its level holds: a logger nobody references may be collected. */
    private static volatile Logger javafxLog;
    private final Thread thread;

    private LaunchPreparation(Thread thread) {
        this.thread = thread;
    }

    /** Starts preparing, the texts for {@code language} (the one asked for; a saved one may differ). */
    static LaunchPreparation begin(UiLanguage language) {
        Thread thread = new Thread(() -> {
            Logger log = Logger.getLogger("javafx");
            log.setLevel(Level.SEVERE);
            javafxLog = log;
            Messages.forLocale(language.resolve(Locale.getDefault()));
        }, "pressdesk-launch-preparation");
        thread.setDaemon(true);
        thread.start();
        return new LaunchPreparation(thread);
    }

    /** Waits until the preparation is done: JavaFX's logger must be silenced before the toolkit starts. */
    void await() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (javafxLog == null) {
            // the preparation failed (it cannot, short of a broken runtime): silence the logger here
            javafxLog = Logger.getLogger("javafx");
            javafxLog.setLevel(Level.SEVERE);
        }
    }

    /** Past the toolkit's start: JavaFX's warnings (a style sheet's error, say) show again. */
    static void toolkitStarted() {
        Logger log = javafxLog;
        if (log != null) {
            log.setLevel(null);
        }
    }
}
