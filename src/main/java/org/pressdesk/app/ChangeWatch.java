package org.pressdesk.app;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the embedded database, which has no notification between processes, notices commits made by another window
 * or another PressDesk process on the same data folder by reading a cheap change mark every few seconds, and tells
 * the listeners when it moved. The timer runs only while someone listens.
 */
final class ChangeWatch implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatch.class);

    private final Supplier<String> mark;
    private final Duration period;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private String last;
    private boolean closed;

    ChangeWatch(Supplier<String> mark, Duration period) {
        this.mark = mark;
        this.period = period;
    }

    /** Runs {@code listener} (on the watch's thread) after each change seen; run the returned action to stop. */
    synchronized Runnable add(Runnable listener) {
        if (closed) {
            return () -> { };
        }
        listeners.add(listener);
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "pressdesk-change-watch");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::check, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return () -> remove(listener);
    }

    private synchronized void remove(Runnable listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            stop();
        }
    }

    /** Reads the mark once; the listeners hear of a change from the second reading on. */
    void check() {
        String now;
        try {
            now = mark.get();
        } catch (RuntimeException e) {
            LOG.debug("Change mark unreadable this time: {}", e.getClass().getName());
            return;
        }
        String before;
        synchronized (this) {
            before = last;
            last = now;
        }
        if (before != null && !Objects.equals(before, now)) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Whether a first mark was read since the listening began (changes after it are heard). */
    synchronized boolean hasBaseline() {
        return last != null;
    }

    private void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
            last = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        listeners.clear();
        stop();
    }
}
