package org.pressdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions killed with SIGKILL at seeded random moments lose nothing they reported. The seed is printed; to replay
 * a failure run with {@code -Dcrash.seed=<seed>}. {@code -Dcrash.trials} sets the number of trials (30 by default;
 * the benchmark {@code org.pressdesk.bench.CrashBenchmark} runs 300). Trials run two at a time, each lane on its own
 * data folder ({@code -Dcrash.lanes=1} runs them one after the other).
 */
class CrashTrialsTest {
    private static final int LANES = Integer.getInteger("crash.lanes", 2);

    @TempDir
    Path tempDir;

    @Test
    void killedSessionsLoseNothingTheyReported() throws Exception {
        long seed = Long.getLong("crash.seed", System.currentTimeMillis());
        int trials = Integer.getInteger("crash.trials", 30);
        System.out.println("CrashTrialsTest seed " + seed + ", " + trials + " trials");
        CrashTrials.Outcome outcome = new CrashTrials(tempDir.resolve("data"), 1, Duration.ofMillis(1500), LANES)
                .run(seed, trials);
        assertThat(outcome.problems()).as("seed %d", seed).isEmpty();
        assertThat(outcome.reports()).as("the sessions reported work before their kill").isPositive();
    }

    @Test
    void twoSessionsOnOneFolderKilledTogetherLoseNothing() throws Exception {
        long seed = Long.getLong("crash.seed", System.currentTimeMillis());
        int trials = Integer.getInteger("crash.trials.shared", 6);
        System.out.println("CrashTrialsTest shared seed " + seed + ", " + trials + " trials");
        CrashTrials.Outcome outcome = new CrashTrials(tempDir.resolve("shared"), 2, Duration.ofMillis(1500), LANES)
                .run(seed, trials);
        assertThat(outcome.problems()).as("seed %d", seed).isEmpty();
    }
}
