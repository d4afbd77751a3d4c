package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.pressdesk.crash.BackupCrashTrials;

/**
 * The backup kill trials at length: backing up, restoring, encrypting and re-keying, each killed with SIGKILL at
 * seeded random moments and checked. Arguments: trials of each kind (default 20), seed (default: the clock,
 * printed), working folder (default target/bench-backup-crash), kinds (default backup,restore,encrypt,rekey; also
 * hq-seal, encrypt-window). Prints, per kind, the trials, the outcomes the workload reported before its kills,
 * and every problem found with the seed that replays it.
 */
public final class BackupCrashBenchmark {
    private BackupCrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        Path work = Path.of(args.length > 2 ? args[2] : "target/bench-backup-crash").toAbsolutePath();
        Path folder = Files.createTempDirectory(Files.createDirectories(work), "run");
        System.out.printf("backup kill trials: %d of each kind, seed %d, folder %s%n", trials, seed, folder);
        BackupCrashTrials harness = new BackupCrashTrials(folder, Duration.ofMillis(3000));
        List<String> kinds = args.length > 3 ? List.of(args[3].split(",")) : List.of("backup", "restore", "encrypt",
                "rekey");
        for (String kind : kinds) {
            long start = System.nanoTime();
            BackupCrashTrials.Outcome outcome = switch (kind) {
                case "backup" -> harness.backups(seed, trials);
                case "restore" -> harness.restores(seed, trials);
                case "encrypt" -> harness.encryptions(seed, trials);
                case "hq-seal" -> harness.headquartersSeals(seed, trials);
                case "encrypt-window" -> harness.windowEncryptions(seed, trials);
                default -> harness.rekeys(seed, trials);
            };
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            System.out.printf("%s: %d trials in %d s, %d outcomes reported before the kills, %d problem(s)%n",
                    outcome.kind(), outcome.trials(), seconds, outcome.reports(), outcome.problems().size());
            outcome.problems().forEach(System.out::println);
        }
    }
}
