package org.pressdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.EncryptionSteps;

/**
 * The window's conversion to an encrypted database killed with SIGKILL inside it: stopped at the whole plain copy,
 * at the key slots written and with the encrypted copy in place; and once a seeded moment after the encryption
 * began. Each time the folder opens, plain before the key slots and encrypted after,
 * with every communiqué and the save made just before. {@code org.pressdesk.bench.EncryptionKillBenchmark} runs
 * many more (replay a printed seed with {@code -Dcrash.seed=<seed>}).
 */
class EncryptionKillTrialsTest {
    @TempDir
    Path tempDir;

    private final long seed = Long.getLong("crash.seed", System.currentTimeMillis());

    @Test
    void aConversionKilledAtAnyStepOpensPlainOrEncryptedWithEverySave() throws Exception {
        System.out.println("EncryptionKillTrialsTest seed " + seed);
        EncryptionKillTrials harness = new EncryptionKillTrials(tempDir);
        List<EncryptionKillTrials.Trial> trials = new ArrayList<>();

        for (String step : List.of(EncryptionSteps.ENCRYPTING, EncryptionSteps.SLOTS_WRITTEN,
                EncryptionSteps.SWAPPED)) {
            trials.add(harness.stoppedAt(step));
        }
        trials.add(harness.after(EncryptionSteps.ENCRYPTING, seed, 400));

        assertThat(trials).flatMap(EncryptionKillTrials.Trial::problems).isEmpty();
        assertThat(trials).extracting(EncryptionKillTrials.Trial::encrypted).startsWith(false, true, true);
    }
}
