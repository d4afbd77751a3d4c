package org.pressdesk.ui.publication;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.pressdesk.ui.task.TaskRunner;

/** A runner that holds work until the test runs it, one piece at a time. */
final class QueuedRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
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
