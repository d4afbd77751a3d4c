package org.pressdesk.account;

/**
 * Keeps each account's key slot in step with its password when the database is encrypted: a new account gets a
 * slot, a new password re-wraps it, a removed account loses it. None of this re-encrypts the database.
 */
public interface KeySlotKeeper {
    void accountAdded(String username, char[] password);

    void passwordChanged(String username, char[] password);

    /**
     * Called before a new password's hash is committed: the new password gets a slot beside the current one, so that
     * a program killed before the commit still opens with the password the database kept.
     */
    default void passwordChanging(String username, char[] password) {
    }

    void accountRemoved(String username);

    /** For a database that is not encrypted: there are no slots to keep. */
    static KeySlotKeeper none() {
        return new KeySlotKeeper() {
            @Override
            public void accountAdded(String username, char[] password) {
            }

            @Override
            public void passwordChanged(String username, char[] password) {
            }

            @Override
            public void accountRemoved(String username) {
            }
        };
    }
}
