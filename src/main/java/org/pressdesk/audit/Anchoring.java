package org.pressdesk.audit;

/**
 * Signs the audit chain's head with an office's key, when that key is unlocked in this process (an approval or a
 * publication calls it inside its transaction, after its own audit entry).
 */
@FunctionalInterface
public interface Anchoring {
    /** Does nothing, for a database whose offices sign nothing. */
    Anchoring NONE = officeId -> {
    };

    void anchorIfUnlocked(long officeId);
}
