package org.pressdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pressdesk.audit.AuditVerifier;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.local.OwnerOnlyFiles;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.DatabaseCensus;
import org.pressdesk.store.H2Recovery;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.keys.DataKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database H2 can no longer open is never a dead end: the damaged file is moved aside under a dated name, untouched
 * and readable by its owner only, then either what H2's recovery tool can read goes into a new database, or the last
 * checked backup is restored. Either result is built in a scratch folder and checked (the audit chain verified, and
 * for a recovery the rows of every table compared with what the tool's script held) before it takes the damaged
 * file's place; a result that fails its check is not used, and the damaged file stays aside for an expert. The window
 * and the {@code recover} command both call this class.
 */
public final class DatabaseRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);
    private static final String FILE = "pressdesk.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** What was done: where the damaged file went, what the new database holds, and whether it was used. */
    public record Outcome(Path damagedAside, Map<String, Long> rows, boolean auditIntact, boolean used,
            Path backup, long cutBytes) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DataDirectory directory;
    private final AppServices.Settings settings;
    private final Clock clock;

    DatabaseRecovery(DataDirectory directory, AppServices.Settings settings) {
        this.directory = directory;
        this.settings = settings;
        this.clock = settings.clock();
    }

    /** True when the data folder's database is encrypted: recovering it then needs a person's name and password. */
    public boolean needsPassword() {
        return Unlocking.isEncrypted(directory);
    }

    /** True when {@code failure} says the database file is damaged (H2 could not read it). */
    public static boolean isDamaged(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PressDeskException known && "database.corrupted".equals(known.messageKey())) {
                return true;
            }
        }
        return false;
    }

    /** The newest checked backup in the data folder's backup folder, if any. */
    public Optional<Backups.Backup> lastBackup() {
        return Backups.listIn(directory.resolve("backups")).stream().findFirst();
    }

    /**
     * Moves the damaged file aside and loads what H2's recovery tool reads from it into a new database, which takes
     * its place only when its rows match the script's and its audit chain is intact. An encrypted database is read
     * with the key of {@code username}'s slot (both are ignored for a plain one).
     */
    public Outcome recover(String username, char[] password) {
        DataKey key = key(username, password);
        Path aside = setAside();
        Path scratch = scratch();
        try {
            H2Recovery.Script script = H2Recovery.script(aside, key, scratch.resolve("script"));
            if (script.rows().isEmpty()) {
                return new Outcome(aside, Map.of(), false, false, null, 0);
            }
            DataDirectory rebuilt = DataDirectory.prepare(scratch.resolve("data"));
            H2Recovery.load(script, rebuilt, key);
            Outcome checked = check(rebuilt, key, aside, script.rows(), null, script.cutBytes());
            if (!checked.used()) {
                LOG.warn("Recovered database does not match its script (rows {} against {}, audit intact {})",
                        checked.rows(), script.rows(), checked.auditIntact());
            }
            return checked;
        } finally {
            forget(scratch);
        }
    }

    /**
     * Moves the damaged file aside and restores {@code backup} in its place once the restored copy opens (with the key
     * of {@code username}'s slot when the database is encrypted) and its audit chain is intact.
     */
    public Outcome restore(Path backup, String username, char[] password) {
        if (!Files.isRegularFile(backup)) {
            throw new PressDeskException("cli.fileMissing", backup);
        }
        DataKey key = key(username, password);
        Path aside = setAside();
        Path scratch = scratch();
        try {
            Path restored = scratch.resolve("data");
            Backups.restore(backup, restored);
            return check(DataDirectory.prepare(restored), key, aside, null, backup, 0);
        } finally {
            forget(scratch);
        }
    }

    private DataKey key(String username, char[] password) {
        return needsPassword() ? Unlocking.withPassword(directory, settings, username, password).key() : null;
    }

    /** Opens the new copy, counts and verifies it, and moves it into the data folder when it passes. */
    private Outcome check(DataDirectory copy, DataKey key, Path aside, Map<String, Long> expected, Path backup,
            long cut) {
        Map<String, Long> rows;
        boolean intact;
        try (Database database = key == null ? Database.open(copy) : Database.open(copy, key)) {
            rows = new TreeMap<>(DatabaseCensus.of(database).rows());
            intact = new AuditVerifier(new AuditRepository(database), new SettingsRepository(database)).verify()
                    .intact();
        } catch (RuntimeException e) {
            LOG.warn("The recovered or restored copy does not open: {}", e.toString());
            return new Outcome(aside, Map.of(), false, false, backup, cut);
        }
        // the census leaves the commit receipts out (a killed process's row is in every script): so does the check
        boolean complete = expected == null || expected.entrySet().stream()
                .filter(table -> DatabaseCensus.counts(table.getKey()))
                .allMatch(table -> table.getValue().equals(rows.get(table.getKey())));
        // a state from before anyone signed in (the tool read only the file's first chunks, from the migrations)
        // would open as a new, empty database: that is not what was in the file, it is nothing to go on with
        boolean setUp = rows.getOrDefault("user_account", 0L) > 0;
        boolean used = complete && intact && setUp;
        if (used) {
            install(copy);
        }
        return new Outcome(aside, rows, intact, used, backup, cut);
    }

    private void install(DataDirectory copy) {
        try {
            Files.move(copy.resolve(FILE), directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
            OwnerOnlyFiles.tighten(directory.resolve(FILE));
        } catch (IOException e) {
            throw new PressDeskException(e, "recovery.cannotMove", directory);
        }
    }

    /** Renames the damaged file (same folder, same disk: nothing is rewritten) and keeps it owner-only. */
    Path setAside() {
        Path damaged = directory.resolve(FILE);
        if (!Files.isRegularFile(damaged)) {
            throw new PressDeskException("recovery.nothingDamaged", directory);
        }
        Path aside = directory.resolve("pressdesk-damaged-" + STAMP.format(clock.instant()) + ".mv.db.bad");
        try {
            Files.move(damaged, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(directory.resolve("pressdesk.lock.db"));
            OwnerOnlyFiles.tighten(aside);
        } catch (IOException e) {
            throw new PressDeskException(e, "recovery.cannotMove", directory);
        }
        LOG.warn("Damaged database moved aside to {}", aside);
        return aside;
    }

    private Path scratch() {
        try {
            return Files.createTempDirectory(directory.path(), ".recovery-");
        } catch (IOException e) {
            throw new PressDeskException(e, "recovery.cannotMove", directory);
        }
    }

    private static void forget(Path folder) {
        try (var all = Files.walk(folder)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the scratch folder {}", folder);
        }
    }
}
