package org.pressdesk.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The window's persistence queue with its timing in the test's hands: work waits until the test lets it run, in
 * order, as a slow disk or a busy database would make it wait.
 */
final class HeldRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
    }

    void runAll() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
    }
}
