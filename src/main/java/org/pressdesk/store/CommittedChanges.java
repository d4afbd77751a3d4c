package org.pressdesk.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which communiqués a transaction changed, told to the listeners after it commits and forgotten when it rolls back.
 * Repositories note each communiqué they write; the outermost {@link Database#inTransaction} reports them. A write
 * outside any transaction is reported at once.
 */
public final class CommittedChanges {
    private static final Logger LOG = LoggerFactory.getLogger(CommittedChanges.class);

    /** Hears the communiqués a committed transaction changed, on the committing thread. */
    @FunctionalInterface
    public interface Listener {
        void committed(Set<Long> communiqueIds);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Listener> remoteListeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Frame> current = new ThreadLocal<>();

    private static final class Frame {
        private int depth;
        private final Set<Long> ids = new LinkedHashSet<>();
        private final List<Runnable> atCommit = new java.util.ArrayList<>();
    }

    void add(Listener listener) {
        listeners.add(listener);
    }

    <T> T around(Supplier<T> transaction) {
        Frame frame = current.get();
        boolean outermost = frame == null;
        if (outermost) {
            frame = new Frame();
            current.set(frame);
        }
        frame.depth++;
        T result;
        try {
            result = transaction.get();
        } finally {
            frame.depth--;
            if (outermost) {
                current.remove();
            }
        }
        if (outermost) {
            tell(frame.ids);
        }
        return result;
    }

    /** True while this thread is inside a transaction (its changes are told after it commits). */
    boolean inTransaction() {
        return current.get() != null;
    }

    /** Runs {@code work} at the end of the current transaction, just before it commits (see {@link #runAtCommit}). */
    void atCommit(Runnable work) {
        current.get().atCommit.add(work);
    }

    /** Runs, in the order given, the work put off to the end of the current transaction; then forgets it. */
    void runAtCommit() {
        Frame frame = current.get();
        while (frame != null && !frame.atCommit.isEmpty()) {
            frame.atCommit.remove(0).run();
        }
    }

    /** The communiqués the current transaction changed so far (empty outside one). */
    Set<Long> pending() {
        Frame frame = current.get();
        return frame == null ? Set.of() : Set.copyOf(frame.ids);
    }

    void changed(long communiqueId) {
        Frame frame = current.get();
        if (frame == null) {
            tell(Set.of(communiqueId));
        } else {
            frame.ids.add(communiqueId);
        }
    }

    /** Hears only what other programs committed on the shared server (screens that must follow colleagues). */
    Runnable addRemote(Listener listener) {
        remoteListeners.add(listener);
        return () -> remoteListeners.remove(listener);
    }

    /** Changes committed by another program on the shared server: told to every listener at once. */
    void heard(Set<Long> ids) {
        tell(ids, listeners);
        tell(ids, remoteListeners);
    }

    /**
     * This program's own changes whose commit was confirmed late (its connection broke while committing, and the
     * commit receipt showed it written): told as after any commit.
     */
    void heardOwn(Set<Long> ids) {
        tell(ids);
    }

    private void tell(Set<Long> ids) {
        tell(ids, listeners);
    }

    private static void tell(Set<Long> ids, List<Listener> listeners) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> committed = Set.copyOf(ids);
        for (Listener listener : listeners) {
            try {
                listener.committed(committed);
            } catch (RuntimeException e) {
                // The data is committed; a listener that fails (the index, say) catches up at its next check.
                LOG.warn("A listener failed after a commit of {} communiqué(s)", committed.size(), e);
            }
        }
    }
}
