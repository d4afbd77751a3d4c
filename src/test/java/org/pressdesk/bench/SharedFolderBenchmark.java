package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.pressdesk.crash.SharedFolderRun;

/**
 * Processes sharing one data folder for a while ({@link SharedFolderRun}): one keeps it open as the window does, the
 * others open and close it once per operation as command lines do. Arguments: processes (default 4), seconds
 * (default 60), seed (default: the clock, printed), {@code kill} to kill the serving process half way, working
 * folder (default target/bench-shared). Prints the operations done, the failed ones and anything lost.
 */
public final class SharedFolderBenchmark {
    private SharedFolderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int processes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.currentTimeMillis();
        boolean kill = args.length > 3 && "kill".equals(args[3]);
        Path work = Path.of(args.length > 4 ? args[4] : "target/bench-shared").toAbsolutePath();
        Path folder = Files.createTempDirectory(Files.createDirectories(work), "run").resolve("data");
        System.out.printf("shared folder: %d processes, %d s, seed %d%s, folder %s%n", processes, seconds, seed,
                kill ? ", serving process killed half way" : "", folder);
        long start = System.nanoTime();
        SharedFolderRun.Outcome outcome = new SharedFolderRun(folder, processes, Duration.ofSeconds(seconds), kill)
                .run(seed);
        System.out.printf("%d operations done, %d failed, %d problem(s), %d s in all%n", outcome.done(),
                outcome.failures().size(), outcome.problems().size(),
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
        outcome.failures().forEach(System.out::println);
        outcome.problems().forEach(System.out::println);
    }
}
