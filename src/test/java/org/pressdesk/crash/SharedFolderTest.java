package org.pressdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four processes on one data folder, as the README promises: one keeps it open as the window does and is killed
 * half way (it served the file to the others, who must carry on through H2's hand-over), one starts 1.5 s after it,
 * two start at the same moment and open and close the folder once per operation as command lines do. No operation
 * may fail and nothing reported may be lost. The minute-long runs with 4 and 8 processes are
 * {@code org.pressdesk.bench.SharedFolderBenchmark}.
 */
class SharedFolderTest {
    @TempDir
    Path tempDir;

    @Test
    void fourProcessesShareOneFolderWithoutAFailedOperationEvenWhenTheServingOneIsKilled() throws Exception {
        long seed = Long.getLong("shared.seed", System.currentTimeMillis());
        System.out.println("SharedFolderTest seed " + seed);

        SharedFolderRun.Outcome outcome = new SharedFolderRun(tempDir.resolve("data"), 4, Duration.ofSeconds(15),
                true).run(seed);

        assertThat(outcome.failures()).as("seed %d", seed).isEmpty();
        assertThat(outcome.problems()).as("seed %d", seed).isEmpty();
        assertThat(outcome.done()).as("operations done (how many depends on the machine's load)").isPositive();
    }
}
