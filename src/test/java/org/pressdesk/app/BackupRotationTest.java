package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which backups the rotation keeps: one per day, one per week, the newest always; unfinished ones go after an hour. */
class BackupRotationTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void keepsTheNewestOfEachOfTheLastDaysAndWeeks() {
        List<BackupFolder.Entry> entries = new ArrayList<>();
        for (int day = 0; day < 40; day++) {
            entries.add(good(NOW.minus(Duration.ofDays(day))));
            entries.add(good(NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(2))));
        }

        List<BackupFolder.Entry> deleted = new BackupRotation(3, 2).toDelete(entries, NOW);

        List<BackupFolder.Entry> kept = new ArrayList<>(entries);
        kept.removeAll(deleted);
        // Thursday 3, Wednesday 2 and Tuesday 1 December, then the newest of the week before (Sunday 29 November).
        assertThat(kept).extracting(BackupFolder.Entry::madeAt).containsExactly(NOW,
                NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(4)));
    }

    @Test
    void theNewestGoodBackupIsKeptHoweverOldItIs() {
        BackupFolder.Entry lastGood = good(NOW.minus(Duration.ofDays(400)));
        BackupFolder.Entry failed = new BackupFolder.Entry(Path.of("b.partial.zip"), NOW.minus(Duration.ofDays(1)),
                false, 10);

        assertThat(new BackupRotation(1, 0).toDelete(List.of(failed, lastGood), NOW)).containsExactly(failed);
    }

    @Test
    void anUnfinishedBackupOfTheLastHourMayStillBeBeingWritten() {
        BackupFolder.Entry writing = new BackupFolder.Entry(Path.of("c.partial.zip"), NOW.minusSeconds(60), false, 1);

        assertThat(new BackupRotation(1, 0).toDelete(List.of(writing), NOW)).isEmpty();
    }

    private static BackupFolder.Entry good(Instant at) {
        return new BackupFolder.Entry(Path.of(BackupFolder.NAME.format(at) + ".zip"), at, true, 100);
    }
}
