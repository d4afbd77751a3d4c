package org.pressdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.BoundedRead;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.DataDirectory;
import org.pressdesk.store.Database;
import org.pressdesk.store.DatabaseCensus;
import org.pressdesk.store.OwnerOnlyFiles;
import org.pressdesk.store.keys.KeySlots;

/**
 * Backups that are proven: H2 writes a consistent copy while the program runs (encrypted pages stay encrypted), the
 * copy is restored into a temporary folder, opened with the same key, and compared with the live database (row
 * counts, audit head) and its audit chain verified; only then does it get its final name. A file without that name
 * (".partial") was never checked and is never offered for restoring.
 */
public final class Backups {
    static final String SUFFIX = ".zip";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'pressdesk-'yyyyMMdd'-'HHmmss")
            .withZone(ZoneOffset.UTC);

    /** A checked backup: its file and when it was made. */
    public record Backup(Path file, Instant madeAt) {
    }

    private final AppServices services;
    private final Clock clock;

    Backups(AppServices services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    /** The default folder: {@code backups} in the data folder (an administrator should choose another disk). */
    public Path defaultFolder() {
        return services.dataDirectory().resolve("backups");
    }

    /** Makes a backup into {@code folder}, checks it by restoring it, and returns it once it is known good. */
    public Backup create(Path folder) {
        Instant now = clock.instant();
        String name = NAME.format(now);
        Path partial;
        try {
            Path target = OwnerOnlyFiles.createFolder(folder);
            partial = target.resolve(name + PARTIAL + SUFFIX);
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new PressDeskException(e, "backup.cannotWrite", folder);
        }
        services.search().awaitIndexed();
        DatabaseCensus live = DatabaseCensus.of(services.database());
        services.database().backupTo(partial);
        OwnerOnlyFiles.tighten(partial);
        Path keys = services.dataDirectory().resolve(KeySlots.FILE_NAME);
        Path good = partial.resolveSibling(name + SUFFIX);
        try {
            if (Files.exists(keys)) {
                Files.copy(keys, partial.resolveSibling(name + ".keys"), StandardCopyOption.REPLACE_EXISTING);
                OwnerOnlyFiles.tighten(partial.resolveSibling(name + ".keys"));
            }
            check(partial, live);
            Files.move(partial, good, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PressDeskException(e, "backup.cannotWrite", folder);
        }
        return new Backup(good, now);
    }

    /** The checked backups in {@code folder}, newest first. */
    public List<Backup> list(Path folder) {
        return listIn(folder);
    }

    /** The checked backups in {@code folder}, newest first; needs no open database (a damaged one is replaced). */
    public static List<Backup> listIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(SUFFIX) && !fileName.endsWith(PARTIAL + SUFFIX)) {
                    try {
                        found.add(new Backup(file, NAME.parse(fileName.substring(0, fileName.length() - 4),
                                Instant::from)));
                    } catch (java.time.format.DateTimeParseException e) {
                        // Not one of ours.
                    }
                }
            }
        } catch (IOException e) {
            throw new PressDeskException(e, "backup.cannotRead", folder);
        }
        found.sort(Comparator.comparing(Backup::madeAt).reversed());
        return found;
    }

    /** Restores {@code backup} as the database of the new folder {@code target}, its key slots with it. */
    public static void restore(Path backup, Path target) {
        if (Files.exists(target.resolve("pressdesk.mv.db"))) {
            throw new PressDeskException("restore.targetNotEmpty", target);
        }
        boolean existed = Files.exists(target);
        try {
            OwnerOnlyFiles.createFolder(target);
            unzipDatabase(backup, target.resolve("pressdesk.mv.db"));
            String base = backup.getFileName().toString();
            Path keys = backup.resolveSibling(base.substring(0, base.length() - SUFFIX.length()) + ".keys");
            if (Files.exists(keys)) {
                Files.copy(keys, target.resolve(KeySlots.FILE_NAME));
            }
            OwnerOnlyFiles.tighten(target);
        } catch (IOException | RuntimeException e) {
            forgetRestored(target, existed);
            if (e instanceof PressDeskException known) {
                throw known;
            }
            throw new PressDeskException(e, "backup.corrupt", backup);
        }
    }

    /** Opens a restored copy in a temporary folder with this session's key and compares it with the live one. */
    private void check(Path partial, DatabaseCensus live) throws IOException {
        Path scratch = Files.createTempDirectory("pressdesk-backup-check");
        try {
            Path restored = scratch.resolve("data");
            restore(partial, restored);
            DataDirectory directory = DataDirectory.prepare(restored);
            try (Database copy = services.openCopy(directory)) {
                if (!DatabaseCensus.of(copy).equals(live) || !new AuditVerifier(new AuditRepository(copy), new SettingsRepository(copy)).verify().intact()) {
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
            "pressdesk.lock.db"}) {
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
