package org.pressdesk.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups a rotation removes: it keeps the newest good backup of each of the last {@code daily} days that have
 * one, the newest of each of the last {@code weekly} ISO weeks that have one, and always the newest good backup.
 * Unfinished files ({@code .partial}) are removed once they are older than an hour (a newer one may still be being
 * written by another PressDesk process). Days and weeks are counted in UTC, as the file names are.
 */
public final class BackupRotation {
    static final Duration UNFINISHED_GRACE = Duration.ofHours(1);

    private final int daily;
    private final int weekly;

    public BackupRotation(int daily, int weekly) {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup: " + daily + ", " + weekly);
        }
        this.daily = daily;
        this.weekly = weekly;
    }

    /** The entries to delete, from a folder's entries listed newest first. */
    public List<BackupFolder.Entry> toDelete(List<BackupFolder.Entry> newestFirst, Instant now) {
        Set<BackupFolder.Entry> kept = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<Long> weeks = new HashSet<>();
        List<BackupFolder.Entry> delete = new ArrayList<>();
        for (BackupFolder.Entry entry : newestFirst) {
            if (!entry.good()) {
                if (entry.madeAt().isBefore(now.minus(UNFINISHED_GRACE))) {
                    delete.add(entry);
                }
                continue;
            }
            LocalDate day = entry.madeAt().atZone(ZoneOffset.UTC).toLocalDate();
            long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            boolean keep = kept.isEmpty();
            if (!days.contains(day) && days.size() < daily) {
                days.add(day);
                keep = true;
            }
            if (!weeks.contains(week) && weeks.size() < weekly) {
                weeks.add(week);
                keep = true;
            }
            if (keep) {
                kept.add(entry);
            } else {
                delete.add(entry);
            }
        }
        return delete;
    }
}
