package org.pressdesk.ui.editor;

/**
 * The editor's saves, one at a time, in the order asked. A save asked for while one runs waits for it (two saves of
 * a new draft at once would create it twice); a third request replaces the waiting one, which would save the same
 * fields anyway. Autosaves wait while {@link #isSaving()}.
 */
final class SaveQueue {
    /** Where the queue stands. */
    enum State {
        IDLE, SAVING, SAVING_WITH_ONE_WAITING
    }

    /** The save that waited for the one that just ended, with what to run once it succeeds (may be null). */
    record Waiting(Runnable then) {
    }

    private State state = State.IDLE;
    private Runnable waitingThen;

    /** Starts a save now (true), or records it to follow the running one (false). */
    boolean startOrWait(Runnable then) {
        if (state == State.IDLE) {
            state = State.SAVING;
            return true;
        }
        state = State.SAVING_WITH_ONE_WAITING;
        waitingThen = then;
        return false;
    }

    /** The running save succeeded: the waiting one, if any, is for the caller to start; null when none waits. */
    Waiting succeeded() {
        Waiting next = state == State.SAVING_WITH_ONE_WAITING ? new Waiting(waitingThen) : null;
        reset();
        return next;
    }

    /** The running save failed: a save that waited for it is dropped, as the user now sees the failure. */
    void failed() {
        reset();
    }

    boolean isSaving() {
        return state != State.IDLE;
    }

    State state() {
        return state;
    }

    private void reset() {
        state = State.IDLE;
        waitingThen = null;
    }
}
