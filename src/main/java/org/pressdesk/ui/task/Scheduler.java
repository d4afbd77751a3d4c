package org.pressdesk.ui.task;

import java.time.Duration;
import java.time.Instant;

/** Runs an action later on the JavaFX thread; tests use a manual one whose time they advance. */
public interface Scheduler {

    /** A scheduled action that has not run yet can be cancelled. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Duration delay, Runnable action);

    Instant now();
}
