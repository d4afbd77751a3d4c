package org.pressdesk.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import org.pressdesk.domain.Cancellation;

/** A runner that holds work until the test runs it, so that the test can press Cancel while work waits. */
public final class HeldTaskRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> Cancellation submit(BackgroundTask<T> task, TaskListener<T> listener) {
        Cancellation cancellation = new Cancellation();
        queue.add(() -> TaskRunner.runHere(task, listener, cancellation));
        return cancellation;
    }

    /** Runs everything held, in order. */
    public void runAll() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
    }
}
