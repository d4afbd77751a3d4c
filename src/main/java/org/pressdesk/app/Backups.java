package org.pressdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.local.OwnerOnlyFiles;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.domain.BoundedRead;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.DatabaseCensus;
import org.pressdesk.store.keys.KeySlots;

/**
 * Backups that are proven: H2 writes a consistent copy while the program runs (encrypted pages stay encrypted), the
 * copy is restored into a temporary folder, opened with the same key, and compared with the live database as it was
 * at the copy (row counts, audit head, a hash of every revision's content) and its audit chain verified; only then
 * does it get its final name. A file without that name
 * (".partial") was never checked and is never offered for restoring.
 */
public final class Backups {
    private static final class Log {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Backups.class);
    }

    static final String SUFFIX = ".zip";
    /** The setting that holds when the last good backup was made. */
    static final String LAST_GOOD_SETTING = "backup.lastGood";
    private static final int COPY_ATTEMPTS = 4;
    private static final String UNPACKING = "pressdesk.mv.db.restoring";

    /** A checked backup: its file and when it was made. */
    public record Backup(Path file, Instant madeAt) {
    }

    private final DataDirectory directory;
    private final Database database;
    private final SettingsRepository settings;
    private final Runnable awaitIndexed;
    private final Function<DataDirectory, Database> openCopy;
    private final Clock clock;

    /**
     * Backups of {@code database}, kept in {@code directory}; {@code awaitIndexed} lets the search index catch up
     * first, and {@code openCopy} opens a copy with the key the live database was opened with.
     */
    Backups(DataDirectory directory, Database database, SettingsRepository settings, Runnable awaitIndexed,
            Function<DataDirectory, Database> openCopy, Clock clock) {
        this.directory = directory;
        this.database = database;
        this.settings = settings;
        this.awaitIndexed = awaitIndexed;
        this.openCopy = openCopy;
        this.clock = clock;
    }

    /** The default folder: {@code backups} in the data folder (an administrator should choose another disk). */
    public Path defaultFolder() {
        return directory.resolve("backups");
    }

    /**
     * Makes a backup into {@code folder}, checks it by restoring it, and returns it once it is known good. The copy
     * is written under a {@code .partial} name and renamed only after its check, so that an interrupted or failed
     * backup is never taken for a good one.
     */
    public Backup create(Path folder) {
        Instant now = clock.instant();
        String name = BackupFolder.NAME.format(now);
        Path partial;
        try {
            Path target = OwnerOnlyFiles.createFolder(folder);
            partial = target.resolve(name + BackupFolder.PARTIAL + SUFFIX);
            Files.deleteIfExists(partial);
        } catch (IOException | RuntimeException e) {
            throw new PressDeskException(e, "backup.cannotWrite", folder);
        }
        awaitIndexed.run();
        DatabaseCensus live = copyUnchanged(partial, folder);
        Path keys = directory.resolve(KeySlots.FILE_NAME);
        Path good = partial.resolveSibling(name + SUFFIX);
        try {
            OwnerOnlyFiles.tighten(partial);
            if (Files.exists(keys)) {
                Path savedKeys = BackupFolder.keysOf(partial);
                Files.copy(keys, savedKeys, StandardCopyOption.REPLACE_EXISTING);
                OwnerOnlyFiles.tighten(savedKeys);
            }
            check(partial, live);
            Files.move(partial, good, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PressDeskException(e, "backup.cannotWrite", folder);
        }
        settings.put(LAST_GOOD_SETTING, now.toString());
        return new Backup(good, now);
    }

    /**
     * Writes the copy between two censuses of the live database and returns the census only when both are equal:
     * nothing was committed while H2 copied, so the census describes exactly what the copy holds. A busy database
     * is tried again a few times.
     */
    private DatabaseCensus copyUnchanged(Path partial, Path folder) {
        for (int attempt = 1; ; attempt++) {
            DatabaseCensus before = DatabaseCensus.of(database);
            try {
                database.backupTo(partial);
            } catch (RuntimeException e) {
                throw new PressDeskException(e, "backup.cannotWrite", folder);
            }
            if (DatabaseCensus.of(database).equals(before)) {
                return before;
            }
            if (attempt == COPY_ATTEMPTS) {
                throw new PressDeskException("backup.busy", folder);
            }
        }
    }

    /** When the last good backup was made (by any front end, to any folder), if one was. */
    public Optional<Instant> lastGood() {
        return settings.get(LAST_GOOD_SETTING).map(Instant::parse);
    }

    /** The checked backups in {@code folder}, newest first. */
    public List<Backup> list(Path folder) {
        return listIn(folder);
    }

    /** The checked backups in {@code folder}, newest first; needs no open database (a damaged one is replaced). */
    public static List<Backup> listIn(Path folder) {
        return new BackupFolder(folder).good().stream().map(e -> new Backup(e.file(), e.madeAt())).toList();
    }

    /**
     * Restores {@code backup} as the database of the new folder {@code target}, its key slots with it. The database
     * is unpacked under a temporary name and renamed last, so that an interrupted restore leaves no folder that looks
     * like a usable one.
     */
    public static void restore(Path backup, Path target) {
        if (Files.exists(target.resolve("pressdesk.mv.db"))) {
            throw new PressDeskException("restore.targetNotEmpty", target);
        }
        boolean existed = Files.exists(target);
        try {
            OwnerOnlyFiles.createFolder(target);
            Path keys = BackupFolder.keysOf(backup);
            if (Files.exists(keys)) {
                Files.copy(keys, target.resolve(KeySlots.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
            Path unpacking = target.resolve(UNPACKING);
            Files.deleteIfExists(unpacking);
            unzipDatabase(backup, unpacking);
            Files.move(unpacking, target.resolve("pressdesk.mv.db"), StandardCopyOption.ATOMIC_MOVE);
            OwnerOnlyFiles.tighten(target);
        } catch (IOException | RuntimeException e) {
            forgetRestored(target, existed);
            if (e instanceof PressDeskException known) {
                throw known;
            }
            throw new PressDeskException(e, "backup.corrupt", backup);
        }
    }

    /**
     * Restores {@code backup} into the new folder {@code target} (an administrator) and opens it with this database's
     * key and checks its audit chain; the running database is not touched. A backup that does not open that way
     * (another office's, damaged) leaves nothing behind.
     */
    public void restoreChecked(UserAccount actor, Path backup, Path target) {
        if (!actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
        boolean existed = Files.exists(target);
        restore(backup, target);
        boolean intact;
        try (Database copy = openCopy.apply(DataDirectory.prepare(target))) {
            intact = new AuditVerifier(new AuditRepository(copy), new SettingsRepository(copy)).verify().intact();
        } catch (RuntimeException e) {
            forgetRestored(target, existed);
            Log.LOG.warn("Restored backup {} does not open with this database's key", backup, e);
            throw new PressDeskException(e, "restore.notThisDatabase", backup);
        }
        if (!intact) {
            forgetRestored(target, existed);
            throw new PressDeskException("backup.mismatch", backup);
        }
    }

    /** Opens a restored copy in a temporary folder with this session's key and compares it with the live one. */
    private void check(Path partial, DatabaseCensus live) throws IOException {
        Path scratch = Files.createTempDirectory("pressdesk-backup-check");
        try {
            Path restored = scratch.resolve("data");
            restore(partial, restored);
            DataDirectory restoredFolder = DataDirectory.prepare(restored);
            try (Database copy = openCopy.apply(restoredFolder)) {
                DatabaseCensus copied = DatabaseCensus.of(copy);
                if (!copied.equals(live) || !new AuditVerifier(new AuditRepository(copy),
                        new SettingsRepository(copy)).verify().intact()) {
                    Log.LOG.warn("Backup {} does not match the database: {} revision(s) differ", partial,
                            copied.revisionsDifferingFrom(live).size());
                    throw new PressDeskException("backup.mismatch", partial);
                }
            }
        } finally {
            forget(scratch);
        }
    }

    private static void unzipDatabase(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if ("pressdesk.mv.db".equals(entry.getName())) {
                    // H2's pages compress well, but not a thousandfold: a bigger entry is not a backup of ours
                    Files.copy(BoundedRead.limited(entries, Files.size(zip) * 1000 + (64L << 20)), target);
                    return;
                }
            }
        }
        throw new PressDeskException("backup.corrupt", zip);
    }

    /**
     * Removes a restored copy that did not open: the folder itself when the restore created it, otherwise only what
     * the restore wrote into it.
     */
    public static void forgetRestored(Path target, boolean folderExisted) {
        if (!folderExisted) {
            forget(target);
            return;
        }
        for (String name : new String[] {"pressdesk.mv.db", KeySlots.FILE_NAME, "pressdesk.trace.db",
            "pressdesk.lock.db", UNPACKING}) {
            try {
                Files.deleteIfExists(target.resolve(name));
            } catch (IOException e) {
                // Reported by the next attempt, which finds the folder not empty.
            }
        }
    }

    private static void forget(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind holds only encrypted pages or the user's own copy.
        }
    }
}
