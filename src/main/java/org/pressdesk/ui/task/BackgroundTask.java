package org.pressdesk.ui.task;

import org.pressdesk.domain.Cancellation;

/**
 * Work for a {@link TaskRunner}: it runs away from the JavaFX thread, may report how far it has gone, and checks
 * the cancellation token it is given (passing it on to the service that does the work). What it returns, or
 * throws, reaches the {@link TaskListener} on the JavaFX thread.
 */
@FunctionalInterface
public interface BackgroundTask<T> {

    T run(Progress progress, Cancellation cancellation) throws Exception;

    /** How far the work has gone; {@code total} of zero or less means "not known yet". Safe from any thread. */
    @FunctionalInterface
    interface Progress {
        Progress IGNORED = (done, total) -> { };

        void update(long done, long total);

        /** {@code done / total} between 0 and 1, or -1 while the total is not known. */
        static double fraction(long done, long total) {
            return total <= 0 || done > total ? -1 : (double) done / total;
        }
    }
}
