package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.pressdesk.crash.CrashTrials;

/**
 * The crash harness at length: sessions killed with SIGKILL at seeded random moments, then checked (every reported
 * save and autosave kept, no duplicate, search index in step, audit chain intact). Arguments: trials (default 300),
 * seed (default: the clock, printed), processes on the folder (1 or 2, default 1), working folder (default
 * target/bench-crash); {@code -Dcrash.lanes=2} runs two trials at a time, each lane on its own folder. Prints the problems found, if any, each with the seed that replays it.
 */
public final class CrashBenchmark {
    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        int processes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path work = Path.of(args.length > 3 ? args[3] : "target/bench-crash").toAbsolutePath();
        Path folder = Files.createTempDirectory(Files.createDirectories(work), "run").resolve("data");
        System.out.printf("crash trials: %d, seed %d, %d process(es), folder %s%n", trials, seed, processes, folder);
        long start = System.nanoTime();
        CrashTrials.Outcome outcome = new CrashTrials(folder, processes, Duration.ofMillis(1500),
                Integer.getInteger("crash.lanes", 1)).run(seed, trials);
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf("%d trials in %d s, %d reports before the kills, %d problem(s)%n", outcome.trials(),
                seconds, outcome.reports(), outcome.problems().size());
        outcome.problems().forEach(System.out::println);
    }
}
