package org.pressdesk.ui.publication;

import java.util.ArrayDeque;
import java.util.Deque;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.ui.task.BackgroundTask;
import org.pressdesk.ui.task.TaskListener;
import org.pressdesk.ui.task.TaskRunner;

/** A runner that holds work until the test runs it, one piece at a time. */
final class QueuedRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener) {
        Cancellation cancellation = new Cancellation();
        queue.add(() -> TaskRunner.runHere(task, listener, cancellation));
        return cancellation;
    }

    boolean runNext() {
        Runnable next = queue.poll();
        if (next != null) {
            next.run();
        }
        return next != null;
    }

    void runAll() {
        while (runNext()) {
            // keep going
        }
    }
}
