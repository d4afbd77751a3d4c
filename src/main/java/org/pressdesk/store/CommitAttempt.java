package org.pressdesk.store;

import java.util.Set;
import java.util.UUID;

/**
 * One try of a transaction on the shared H2 file: its receipt token, and, once its work is done and its receipt
 * written (the last statement before the commit), the value it returns and the communiqués it changed. A try that
 * breaks after that point may or may not have committed; its receipt tells which ({@link CommitReceipts}).
 */
final class CommitAttempt {
    private final String token = UUID.randomUUID().toString();
    private boolean committing;
    private Object value;
    private Set<Long> changed = Set.of();

    String token() {
        return token;
    }

    /** Called once the receipt is written: what follows is the commit itself. */
    void committing(Object result, Set<Long> changedIds) {
        this.value = result;
        this.changed = Set.copyOf(changedIds);
        this.committing = true;
    }

    boolean isCommitting() {
        return committing;
    }

    @SuppressWarnings("unchecked")
    <T> T value() {
        return (T) value;
    }

    Set<Long> changed() {
        return changed;
    }
}
