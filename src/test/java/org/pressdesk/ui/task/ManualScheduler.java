package org.pressdesk.ui.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose time moves only when a test says so. */
public final class ManualScheduler implements Scheduler {
    private Instant now = Instant.parse("2026-02-03T09:00:00Z");
    private final List<Entry> pending = new ArrayList<>();

    private final class Entry implements Cancellable {
        final Instant due;
        final Runnable action;

        Entry(Instant due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            pending.remove(this);
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Entry entry = new Entry(now.plus(delay), action);
        pending.add(entry);
        return entry;
    }

    @Override
    public Instant now() {
        return now;
    }

    /** Moves time forward, running every action that falls due on the way, in order. */
    public void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (true) {
            Entry next = pending.stream().filter(e -> !e.due.isAfter(target))
                    .min(Comparator.comparing(e -> e.due)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            now = next.due;
            next.action.run();
        }
        now = target;
    }

    public int pendingCount() {
        return pending.size();
    }
}
