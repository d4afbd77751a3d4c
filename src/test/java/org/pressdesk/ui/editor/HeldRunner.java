package org.pressdesk.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.ui.task.BackgroundTask;
import org.pressdesk.ui.task.TaskListener;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The window's persistence queue with its timing in the test's hands: work waits until the test lets it run, in
 * order, as a slow disk or a busy database would make it wait.
 */
final class HeldRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener) {
        Cancellation cancellation = new Cancellation();
        queue.add(() -> TaskRunner.runHere(task, listener, cancellation));
        return cancellation;
    }

    void runAll() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
    }
}
