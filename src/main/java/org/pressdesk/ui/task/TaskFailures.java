package org.pressdesk.ui.task;

import org.pressdesk.domain.PressDeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where background failures reach the log, once: an expected one (it carries a message for the user) at DEBUG,
 * anything else at WARN with its stack trace, since nobody planned for it.
 */
final class TaskFailures {
    /** Made on first use: starting the logging framework is not on the path to the first window. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    }

    private TaskFailures() {
    }

    static void log(Throwable failure) {
        if (failure instanceof PressDeskException expected) {
            Log.LOG.debug("Background work stopped: {}", expected.getMessage());
        } else {
            Log.LOG.warn("Background work failed unexpectedly", failure);
        }
    }
}
