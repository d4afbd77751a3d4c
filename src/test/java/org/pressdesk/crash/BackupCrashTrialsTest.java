package org.pressdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backing up, restoring, encrypting and re-keying killed with SIGKILL at seeded random moments lose nothing and never
 * leave a good-looking backup or restore that does not open. One trial of each here (the seed is printed; replay
 * with {@code -Dcrash.seed=<seed>}, more with {@code -Dbackup.crash.trials}); {@code
 * org.pressdesk.bench.BackupCrashBenchmark} runs many.
 */
class BackupCrashTrialsTest {
    @TempDir
    Path tempDir;

    private final long seed = Long.getLong("crash.seed", System.currentTimeMillis());
    private final int trials = Integer.getInteger("backup.crash.trials", 1);

    @Test
    void killedBackupsAndRestoresLeaveNothingThatLooksGoodButIsNot() throws Exception {
        System.out.println("BackupCrashTrialsTest backup/restore seed " + seed + ", " + trials + " trial(s) each");
        BackupCrashTrials harness = new BackupCrashTrials(tempDir, Duration.ofMillis(3000));

        BackupCrashTrials.Outcome backups = harness.backups(seed, trials);
        BackupCrashTrials.Outcome restores = harness.restores(seed, trials);

        assertThat(backups.problems()).as("seed %d", seed).isEmpty();
        assertThat(restores.problems()).as("seed %d", seed).isEmpty();
    }

    @Test
    void killedEncryptionsAndPasswordChangesStillOpenWithTheRightPassword() throws Exception {
        System.out.println("BackupCrashTrialsTest encrypt/rekey seed " + seed + ", " + trials + " trial(s) each");
        BackupCrashTrials harness = new BackupCrashTrials(tempDir, Duration.ofMillis(3000));

        BackupCrashTrials.Outcome encryptions = harness.encryptions(seed, trials);
        BackupCrashTrials.Outcome rekeys = harness.rekeys(seed, trials);

        assertThat(encryptions.problems()).as("seed %d", seed).isEmpty();
        assertThat(rekeys.problems()).as("seed %d", seed).isEmpty();
    }

    @Test
    void killedWindowConversionsLeaveAFolderThatOpensPlainOrEncryptedWithEverySave() throws Exception {
        System.out.println("BackupCrashTrialsTest encrypt-window seed " + seed + ", " + trials + " trial(s)");
        BackupCrashTrials harness = new BackupCrashTrials(tempDir, Duration.ofMillis(3000));

        BackupCrashTrials.Outcome conversions = harness.windowEncryptions(seed, trials);

        assertThat(conversions.problems()).as("seed %d", seed).isEmpty();
    }

    @Test
    void killedSealingsForHeadquartersStillOpenWithThePasswordAndOnceReportedWithHeadquartersKey() throws Exception {
        System.out.println("BackupCrashTrialsTest hq-seal seed " + seed + ", " + trials + " trial(s)");
        BackupCrashTrials harness = new BackupCrashTrials(tempDir, Duration.ofMillis(3000));

        BackupCrashTrials.Outcome seals = harness.headquartersSeals(seed, trials);

        assertThat(seals.problems()).as("seed %d", seed).isEmpty();
    }
}
