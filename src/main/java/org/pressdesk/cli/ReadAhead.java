package org.pressdesk.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads on a second thread what the calling thread writes out, a bounded number of items ahead: {@code list --json}
 * reads 10,000 communiqués from the database and writes 12 MB of JSON, each half a quarter of a second in a cold
 * program, and one core did both while the other waited (issue 14). Items reach the writer in the reader's order; a
 * failure of either side stops the other and is the caller's failure.
 */
final class ReadAhead<T> {
    /** What the reader hands over: enough to keep the writer busy, little enough never to hold the list. */
    static final int AHEAD = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean writerGaveUp;
    private volatile Throwable readerFailure;

    private ReadAhead() {
    }

    /**
     * Runs {@code reader} on a new thread, handing each item it reads to {@code writer} on this one, and returns when
     * both are done.
     */
    static <T> void each(Consumer<Consumer<T>> reader, Consumer<T> writer) {
        new ReadAhead<T>().run(reader, writer);
    }

    @SuppressWarnings("unchecked")
    private void run(Consumer<Consumer<T>> reader, Consumer<T> writer) {
        Thread thread = new Thread(() -> read(reader), "pressdesk-read-ahead");
        thread.setDaemon(true);
        thread.start();
        try {
            for (Object item = take(); item != END; item = take()) {
                writer.accept((T) item);
            }
        } catch (RuntimeException | Error e) {
            writerGaveUp = true;
            queue.clear(); // the reader, if it waits for room, sees that nobody takes any more
            throw e;
        } finally {
            join(thread);
        }
        if (readerFailure instanceof RuntimeException failure) {
            throw failure;
        }
        if (readerFailure instanceof Error error) {
            throw error;
        }
    }

    private void read(Consumer<Consumer<T>> reader) {
        try {
            reader.accept(this::put);
        } catch (Stopped e) {
            return; // the writer failed, and says so itself
        } catch (Throwable failure) {
            readerFailure = failure; // seen by the writer once it takes the end
        }
        try {
            put(END);
        } catch (Stopped e) {
            // the writer is gone
        }
    }

    private void put(Object item) {
        if (writerGaveUp) {
            throw new Stopped();
        }
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (writerGaveUp) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }

    private static void join(Thread thread) {
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
    }

    /** Unwinds the reader once the writer has given up: the cursor it reads with is closed on the way out. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
