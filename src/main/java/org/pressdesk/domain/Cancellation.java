package org.pressdesk.domain;

/**
 * A request to stop long work, shared between whoever may ask (a Cancel button) and the work that checks it
 * (between files, between items, between index batches). It only ever goes from "carry on" to "stop".
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** A token nobody will cancel, for work started where no one can ask it to stop (the command line). */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
