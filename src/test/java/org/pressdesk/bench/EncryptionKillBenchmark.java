package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.crash.EncryptionKillTrials;

/**
 * The window's conversion to an encrypted database killed inside it, at length: once stopped at each of its named
 * moments, then {@code trials} kills at a seeded 0–{@code spread} ms after each moment began. Arguments: trials per
 * moment (default 5), seed (default: the clock, printed), spread in ms (default 500), working folder (default
 * target/bench-encryption-kill). Prints each trial (where it landed, plain or encrypted afterwards, whether the kill
 * came before the next moment) and every problem with what replays it.
 */
public final class EncryptionKillBenchmark {
    private EncryptionKillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        long spread = args.length > 2 ? Long.parseLong(args[2]) : 500;
        Path work = Path.of(args.length > 3 ? args[3] : "target/bench-encryption-kill").toAbsolutePath();
        Path folder = Files.createTempDirectory(Files.createDirectories(work), "run");
        System.out.printf("encryption kill trials: %d per moment, seed %d, spread %d ms, folder %s, load %.1f%n",
                trials, seed, spread, folder, load());
        long start = System.nanoTime();
        EncryptionKillTrials harness = new EncryptionKillTrials(folder);
        List<EncryptionKillTrials.Trial> done = new ArrayList<>();
        for (String step : EncryptionKillTrials.STEPS) {
            done.add(report(harness.stoppedAt(step)));
        }
        for (String step : EncryptionKillTrials.STEPS) {
            for (int i = 0; i < trials; i++) {
                done.add(report(harness.after(step, seed + i, spread)));
            }
        }
        long problems = done.stream().mapToLong(t -> t.problems().size()).sum();
        System.out.printf("%d trials in %d s (load %.1f): %d opened plain, %d encrypted, %d landed before the next "
                + "moment, %d problem(s)%n", done.size(), Duration.ofNanos(System.nanoTime() - start).toSeconds(),
                load(), done.stream().filter(t -> !t.encrypted()).count(),
                done.stream().filter(EncryptionKillTrials.Trial::encrypted).count(),
                done.stream().filter(EncryptionKillTrials.Trial::landedInside).count(), problems);
    }

    private static EncryptionKillTrials.Trial report(EncryptionKillTrials.Trial trial) {
        System.out.printf("%-40s %s%s%n", trial.where(), trial.encrypted() ? "encrypted" : "plain",
                trial.landedInside() ? ", inside" : ", after the next moment");
        trial.problems().forEach(System.out::println);
        return trial;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
