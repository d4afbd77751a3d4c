package org.pressdesk.app;

import org.pressdesk.domain.PressDeskException;
import org.pressdesk.store.DataDirectory;

/**
 * An encrypted database whose pages no longer decrypt looks to H2 like a wrong key. Once a key slot opened with the
 * person's password, the key is known to be right: a "wrong key" from H2 then means a damaged file, told as such so
 * that the window and the command line offer recovery instead of asking for the password again.
 */
final class EncryptedDamage {
    private EncryptedDamage() {
    }

    /** {@code failure} as it should reach the person, the database's key having been unlocked from its slot. */
    static RuntimeException told(RuntimeException failure, DataDirectory directory) {
        if (failure instanceof PressDeskException known && "database.wrongKey".equals(known.messageKey())) {
            return new PressDeskException(failure, "database.corrupted", directory.path());
        }
        return failure;
    }
}
