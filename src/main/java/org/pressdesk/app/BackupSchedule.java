package org.pressdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.SettingsRepository;

/**
 * Backups made without being asked: daily (at start, when the last good one is older than a day) and at sign-out,
 * into the folder an administrator chose (kept in the database's settings, so every workstation of the office uses
 * it), followed by a rotation that keeps {@code daily} daily and {@code weekly} weekly backups.
 */
public final class BackupSchedule {
    static final String FOLDER = "backup.folder";
    static final String DAILY = "backup.keepDaily";
    static final String WEEKLY = "backup.keepWeekly";
    public static final int DEFAULT_DAILY = 7;
    public static final int DEFAULT_WEEKLY = 4;
    public static final int MOST_KEPT = 366;
    /** How old the last good backup may be before a daily one is due. */
    public static final Duration DAY = Duration.ofDays(1);

    /** Where and how many: no folder means no scheduled backups. */
    public record Plan(Optional<Path> folder, int keepDaily, int keepWeekly) {
    }

    private final Backups backups;
    private final SettingsRepository settings;
    private final boolean onFile;
    private final Clock clock;

    BackupSchedule(Backups backups, SettingsRepository settings, boolean onFile, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.onFile = onFile;
        this.clock = clock;
    }

    public Plan plan() {
        return new Plan(settings.get(FOLDER).filter(f -> !f.isBlank()).map(Path::of),
                count(DAILY, DEFAULT_DAILY), count(WEEKLY, DEFAULT_WEEKLY));
    }

    /** Sets the folder and the rotation (an administrator); a blank folder stops the scheduled backups. */
    public Plan configure(UserAccount actor, String folder, int keepDaily, int keepWeekly) {
        if (!actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
        if (keepDaily < 1 || keepDaily > MOST_KEPT || keepWeekly < 0 || keepWeekly > MOST_KEPT) {
            throw new PressDeskException("backup.schedule.badCounts", keepDaily, keepWeekly, MOST_KEPT);
        }
        String cleaned = folder == null ? "" : folder.strip();
        if (!cleaned.isEmpty() && !Path.of(cleaned).isAbsolute()) {
            throw new PressDeskException("backup.schedule.notAbsolute", cleaned);
        }
        settings.put(FOLDER, cleaned);
        settings.put(DAILY, Integer.toString(keepDaily));
        settings.put(WEEKLY, Integer.toString(keepWeekly));
        return plan();
    }

    /** False on the shared server, which its own administrators back up: no file copies are made from here. */
    public boolean applies() {
        return onFile;
    }

    /** When the last good backup was made, if ever. */
    public Optional<Instant> lastGood() {
        return backups.lastGood();
    }

    /** True when a scheduled folder is set and the last good backup is missing or older than {@code age}. */
    public boolean due(Duration age) {
        return onFile && plan().folder().isPresent()
                && lastGood().map(t -> t.isBefore(clock.instant().minus(age))).orElse(true);
    }

    /** The daily backup, when due: made, checked and rotated. */
    public Optional<Backups.Backup> dailyIfDue() {
        return due(DAY) ? runNow() : Optional.empty();
    }

    /** The sign-out backup: made whenever a folder is set, checked and rotated. */
    public Optional<Backups.Backup> atSignOut() {
        return onFile && plan().folder().isPresent() ? runNow() : Optional.empty();
    }

    private Optional<Backups.Backup> runNow() {
        Plan plan = plan();
        Path folder = plan.folder().orElseThrow();
        Backups.Backup made = backups.create(folder);
        rotate(folder, plan.keepDaily(), plan.keepWeekly());
        return Optional.of(made);
    }

    /** Removes the backups the rotation does not keep; returns the files removed. */
    public List<Path> rotate(Path folder, int keepDaily, int keepWeekly) {
        BackupFolder files = new BackupFolder(folder);
        List<BackupFolder.Entry> delete = new BackupRotation(keepDaily, keepWeekly)
                .toDelete(files.entries(), clock.instant());
        delete.forEach(files::delete);
        return delete.stream().map(BackupFolder.Entry::file).toList();
    }

    private int count(String setting, int fallback) {
        try {
            return settings.get(setting).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
