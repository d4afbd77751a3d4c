package org.pressdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.local.OwnerOnlyFiles;
import org.pressdesk.store.Database;
import org.pressdesk.store.DatabaseCensus;
import org.pressdesk.store.keys.DataKey;
import org.pressdesk.store.keys.KeySlots;
import org.pressdesk.store.keys.RecoveryKey;

/**
 * Converts an existing unencrypted database into an encrypted one. The work is done on a copy in the
 * {@value #STAGE} folder, which is opened with the new key and compared with the original (row counts of every
 * table, audit chain head) before anything else changes. Writing the key slots is the point of no return: a run
 * interrupted before it leaves the original untouched, one interrupted after it is finished at the next start. The
 * original is kept as {@value #PLAIN_COPY} until an administrator has checked the converted database and discards
 * it: until then that copy is readable by whoever has the disk.
 */
public final class DatabaseEncryption {
    static final String STAGE = "encrypting";
    static final String PLAIN_COPY = "pressdesk-before-encryption.mv.db";
    private static final String FILE = "pressdesk.mv.db";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The new recovery key (to print once) and where the unencrypted copy waits to be discarded. */
    public record Result(RecoveryKey recovery, Path plainCopy) {
        /** The recovery key as printed once for the office's safe. */
        public String recoveryKeyText() {
            return recovery.text();
        }
    }

    private DatabaseEncryption() {
    }

    /** Encrypts the database of {@code directory}; {@code admin} must be an administrator, with its password. */
    public static Result encrypt(DataDirectory directory, AppServices.Settings settings, String admin,
            char[] password) {
        return encrypt(directory, settings, admin, password, EncryptionSteps.NONE);
    }

    /** The same conversion, telling {@code steps} each named moment as it is reached (for the kill trials). */
    public static Result encrypt(DataDirectory directory, AppServices.Settings settings, String admin,
            char[] password, EncryptionSteps steps) {
        if (Unlocking.isEncrypted(directory)) {
            throw new PressDeskException("encrypt.already", directory);
        }
        DatabaseCensus original = checkAdministratorAndCount(directory, settings, admin, password);
        KeySlots slots = KeySlots.create(Unlocking.iterations(settings), RANDOM);
        RecoveryKey recovery;
        try (DataKey key = DataKey.random(RANDOM); HeldDatabaseFile held = HeldDatabaseFile.take(directory)) {
            steps.reached(EncryptionSteps.COPYING);
            DataDirectory stage = stageCopy(directory, held);
            steps.reached(EncryptionSteps.ENCRYPTING);
            Database.encryptFile(stage, key);
            DatabaseCensus converted;
            try (Database check = Database.open(stage, key)) {
                converted = DatabaseCensus.of(check);
            }
            if (!converted.equals(original)) {
                deleteStage(directory);
                throw new PressDeskException("encrypt.mismatch", directory);
            }
            steps.reached(EncryptionSteps.CHECKED);
            slots.put(admin, password, key);
            recovery = slots.newRecoveryKey(key);
            slots.save(directory.path());
            steps.reached(EncryptionSteps.SLOTS_WRITTEN);
        }
        // released first: a file still open cannot be moved on Windows; from here on an opening finishes the move
        finishInterrupted(directory, steps);
        return new Result(recovery, directory.resolve(PLAIN_COPY));
    }

    /**
     * Completes or undoes a conversion that was cut short: with key slots written, the checked copy replaces the
     * original (if it had not yet) and the plain search index goes; without them, the copy is dropped. Does nothing
     * when no conversion was under way (no stage folder).
     */
    public static void finishInterrupted(DataDirectory directory) {
        finishInterrupted(directory, EncryptionSteps.NONE);
    }

    private static void finishInterrupted(DataDirectory directory, EncryptionSteps steps) {
        Path staged = directory.resolve(STAGE).resolve(FILE);
        if (!Files.exists(directory.resolve(STAGE))) {
            return;
        }
        if (!Unlocking.isEncrypted(directory)) {
            deleteStage(directory);
            return;
        }
        try {
            Path main = directory.resolve(FILE);
            if (Files.exists(staged)) {
                if (Files.exists(main) && !Database.fileIsEncrypted(directory)) {
                    Files.move(main, directory.resolve(PLAIN_COPY), StandardCopyOption.REPLACE_EXISTING);
                    steps.reached(EncryptionSteps.ORIGINAL_MOVED);
                }
                Files.move(staged, main, StandardCopyOption.REPLACE_EXISTING);
                steps.reached(EncryptionSteps.SWAPPED);
            }
            // the stage folder goes last: while it is there, a run cut short here is finished at the next opening
            deleteTree(directory.resolve("index"));
            deleteTree(directory.resolve(STAGE));
        } catch (IOException e) {
            throw new PressDeskException(e, "encrypt.cannotFinish", directory);
        }
    }

    /** Whether the unencrypted original of a conversion still waits beside the database to be discarded. */
    public static boolean hasPlainCopy(DataDirectory directory) {
        return Files.exists(directory.resolve(PLAIN_COPY));
    }

    /** Deletes the unencrypted copy an administrator has checked the conversion against; false when none was left. */
    public static boolean discardPlainCopy(DataDirectory directory) {
        try {
            return Files.deleteIfExists(directory.resolve(PLAIN_COPY));
        } catch (IOException e) {
            throw new PressDeskException(e, "encrypt.cannotFinish", directory);
        }
    }

    /**
     * Refuses a wrong password or an account that is not an administrator's, as the conversion will: the window asks
     * it before it closes anything. The sign-in's throttling and audit apply.
     */
    public static void checkAdministrator(AppServices services, String admin, char[] password) {
        UserAccount account = services.accounts().signIn(admin, password.clone());
        if (!account.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
    }

    private static DatabaseCensus checkAdministratorAndCount(DataDirectory directory, AppServices.Settings settings,
            String admin, char[] password) {
        if (!directory.hasDatabase()) {
            throw new PressDeskException("encrypt.noDatabase", directory);
        }
        try (AppServices services = AppServices.open(directory, settings)) {
            checkAdministrator(services, admin, password);
            services.search().awaitIndexed();
            return DatabaseCensus.of(services.database());
        }
    }

    private static DataDirectory stageCopy(DataDirectory directory, HeldDatabaseFile held) {
        deleteStage(directory);
        try {
            Path stage = OwnerOnlyFiles.createFolder(directory.resolve(STAGE));
            held.copyTo(stage.resolve(FILE));
            return DataDirectory.prepare(stage);
        } catch (IOException e) {
            throw new PressDeskException(e, "encrypt.cannotFinish", directory);
        }
    }

    private static void deleteStage(DataDirectory directory) {
        try {
            deleteTree(directory.resolve(STAGE));
        } catch (IOException e) {
            throw new PressDeskException(e, "encrypt.cannotFinish", directory);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
