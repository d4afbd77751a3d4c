package org.pressdesk.ui.task;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs an action once things go quiet: {@code delay} after the last trigger, and at the latest {@code maxWait}
 * after the first trigger of a burst, so that steady typing still gets saved.
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private final Duration delay;
    private final Duration maxWait;
    private final Runnable action;
    private Scheduler.Cancellable pending;
    private Instant burstStart;

    public Debouncer(Scheduler scheduler, Duration delay, Duration maxWait, Runnable action) {
        this.scheduler = scheduler;
        this.delay = delay;
        this.maxWait = maxWait;
        this.action = action;
    }

    public void trigger() {
        Instant now = scheduler.now();
        if (burstStart == null) {
            burstStart = now;
        }
        cancel();
        Duration untilDeadline = Duration.between(now, burstStart.plus(maxWait));
        Duration wait = untilDeadline.compareTo(delay) < 0 ? untilDeadline : delay;
        pending = scheduler.schedule(wait.isNegative() ? Duration.ZERO : wait, this::fire);
    }

    /** Runs the pending action now, if any (before closing a window, say). */
    public void flush() {
        if (pending != null) {
            cancel();
            fire();
        }
    }

    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public boolean isPending() {
        return pending != null;
    }

    private void fire() {
        pending = null;
        burstStart = null;
        action.run();
    }
}
