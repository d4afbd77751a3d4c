package org.pressdesk.app;

import java.security.SecureRandom;
import java.util.function.UnaryOperator;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.keys.DataKey;
import org.pressdesk.store.keys.KeySlots;
import org.pressdesk.store.keys.RecoveryKey;

/**
 * Getting the data key of an encrypted database: from a person's key slot, from the recovery key, or new for a new
 * database. A data directory is encrypted when it holds key slots ({@value KeySlots#FILE_NAME}).
 */
final class Unlocking {
    /** PBKDF2-HMAC-SHA256 iterations of a key slot: OWASP's 2023 figure for this function. */
    static final int SLOT_ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The slots and the key they gave, plus the recovery key when the slots were just made. */
    record Unlocked(KeySlots slots, DataKey key, RecoveryKey recovery) {
    }

    private Unlocking() {
    }

    static boolean isEncrypted(DataDirectory directory) {
        return KeySlots.existIn(directory.path());
    }

    static Unlocked withPassword(DataDirectory directory, AppServices.Settings settings, String username,
            char[] password) {
        if (username == null || username.isBlank() || password == null) {
            throw new PressDeskException("database.locked", directory);
        }
        KeySlots slots = KeySlots.load(directory.path(), iterations(settings), RANDOM);
        return new Unlocked(slots, slots.unlock(username, password), null);
    }

    /**
     * What an encrypted file's refusal means once its key came out of a slot. H2 answers "wrong key" both for a key
     * that is not the file's (another office's key file, whose slot the same name and password open) and for a file
     * whose blocks a crash or a failing disk broke. The slot proves only that the password is right, so the file's
     * store header is decrypted with the key: when it reads as H2's header, the key is the file's own and the refusal
     * is damage, told as such (the window and the {@code recover} command then offer recovery); otherwise, and for
     * any other failure, the refusal is returned as it is.
     */
    static RuntimeException provenKeyRefused(RuntimeException failure, DataDirectory directory, DataKey key) {
        if (failure instanceof PressDeskException known && "database.wrongKey".equals(known.messageKey())
                && org.pressdesk.store.H2Recovery.keyOpensHeader(directory.resolve("pressdesk.mv.db"), key)) {
            return new PressDeskException(failure, "database.corrupted", known.arguments().toArray());
        }
        return failure;
    }

    static Unlocked withRecoveryKey(DataDirectory directory, AppServices.Settings settings, RecoveryKey recovery) {
        KeySlots slots = KeySlots.load(directory.path(), iterations(settings), RANDOM);
        return new Unlocked(slots, slots.unlock(recovery), null);
    }

    /** The data key from the slot sealed for headquarters, opened by {@code open} with headquarters' key. */
    static Unlocked withSealed(DataDirectory directory, AppServices.Settings settings, UnaryOperator<byte[]> open) {
        KeySlots slots = KeySlots.load(directory.path(), iterations(settings), RANDOM);
        return new Unlocked(slots, slots.unlockSealed(open), null);
    }

    /**
     * A new data key, wrapped for the first administrator and for a new recovery key, written before the database
     * file exists: a crash in between leaves slots that open the database created at the next try.
     */
    static Unlocked create(DataDirectory directory, AppServices.Settings settings, String admin, char[] password) {
        if (directory.hasDatabase() || isEncrypted(directory)) {
            throw new PressDeskException("account.alreadyInitialized");
        }
        KeySlots slots = KeySlots.create(iterations(settings), RANDOM);
        DataKey key = DataKey.random(RANDOM);
        slots.put(admin, password, key);
        RecoveryKey recovery = slots.newRecoveryKey(key);
        slots.save(directory.path());
        return new Unlocked(slots, key, recovery);
    }

    /**
     * Removes what a failed {@link #create} made (the slots, and the database file if it got that far), so that the
     * next attempt starts from an empty folder, as before. Only called when the folder held neither beforehand.
     */
    static void forgetNew(DataDirectory directory) {
        for (String name : new String[] {KeySlots.FILE_NAME, "pressdesk.mv.db", "pressdesk.trace.db"}) {
            try {
                java.nio.file.Files.deleteIfExists(directory.resolve(name));
            } catch (java.io.IOException e) {
                // Left behind: the next start reports it clearly (locked database or damaged key file).
            }
        }
    }

    /**
     * The slots' work factor: {@link #SLOT_ITERATIONS} in the real program; tests, which use a quick password hash,
     * use the same quick count for the slots.
     */
    static int iterations(AppServices.Settings settings) {
        int hasher = settings.hasher().iterations();
        return hasher >= PasswordHasher.DEFAULT_ITERATIONS ? SLOT_ITERATIONS : hasher;
    }
}
