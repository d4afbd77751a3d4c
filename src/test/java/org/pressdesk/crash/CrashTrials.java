package org.pressdesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.testing.ChildJvm;

/**
 * Kills sessions and checks what they leave: each trial starts one or two {@link CrashWorkload} processes on the
 * same data folder, lets them work, once warm, for a seeded random moment, kills them with SIGKILL
 * ({@code Process.destroyForcibly} on Linux), then opens the folder and runs {@link CrashCheck} on what each had
 * reported. Trial {@code i} uses seed {@code seed + i}: a failure names its seed, and the same seed replays it.
 */
public final class CrashTrials {
    /** The users of the sessions: a manager as in the window, and an editor as on the command line beside it. */
    private static final String[] USERS = {CrashOffice.MANAGER, "redaction"};

    /** What the trials found. */
    public record Outcome(int trials, int reports, List<String> problems) {
    }

    private final Path folder;
    private final int processes;
    private final Duration longestRun;

    public CrashTrials(Path folder, int processes, Duration longestRun) {
        this.folder = folder;
        this.processes = processes;
        this.longestRun = longestRun;
    }

    public Outcome run(long seed, int trials) throws Exception {
        CrashOffice.create(folder);
        int reports = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            long trialSeed = seed + i;
            List<CrashLog> logs = killOne(trialSeed);
            clearStaleLock(trialSeed);
            int before = problems.size();
            try (AppServices services = CrashOffice.open(folder)) {
                for (int p = 0; p < logs.size(); p++) {
                    reports += logs.get(p).reports();
                    UserAccount user = services.accounts().find(USERS[p]).orElseThrow();
                    List<String> found = new ArrayList<>(CrashCheck.problems(services, user, logs.get(p)));
                    found.addAll(TransferCheck.problems(services, logs.get(p), folder));
                    for (String problem : found) {
                        problems.add("seed " + trialSeed + ", process " + (p + 1) + ": " + problem);
                    }
                }
            }
            // One line a trial, so that a long run that is stopped still says how far it got and what it found.
            System.out.printf("trial %d (seed %d): %d report(s) so far, %d new problem(s)%s%n", i + 1, trialSeed,
                    reports, problems.size() - before, transfers(logs));
        }
        return new Outcome(trials, reports, problems);
    }

    /** The imports begun and done and the exports done in this trial, as said on its line. */
    private static String transfers(List<CrashLog> logs) {
        int begun = logs.stream().mapToInt(l -> l.importsBegun().size()).sum();
        int done = logs.stream().mapToInt(l -> l.importsDone().size()).sum();
        int exported = logs.stream().mapToInt(l -> l.exports().size()).sum();
        return begun + exported == 0 ? "" : String.format(", imports begun %d done %d, exports %d", begun, done,
                exported);
    }

    /**
     * A killed process leaves H2's lock file behind, and the next opening waits 2 to 4 s before taking it over (H2's
     * FileLock: until the file is 2 s old, then 2 s to see that no one else writes it). The sessions are dead, so
     * four trials in five remove it to save that time; every fifth keeps the real path, H2's take-over.
     */
    private void clearStaleLock(long trialSeed) throws IOException {
        if (Math.floorMod(trialSeed, 5) != 0) {
            Files.deleteIfExists(folder.resolve("pressdesk.lock.db"));
        }
    }

    private List<CrashLog> killOne(long trialSeed) throws Exception {
        Random random = new Random(trialSeed);
        long runMillis = random.nextLong(Math.max(1, longestRun.toMillis()));
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int p = 0; p < processes; p++) {
                ChildJvm child = QuickStart.prepare().start(CrashWorkload.class, folder.toString(),
                        Long.toString(trialSeed * 31 + p), USERS[p]);
                children.add(child);
                child.awaitLine(CrashLog.WORKING, Duration.ofSeconds(90));
            }
            Thread.sleep(runMillis);
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }
        List<CrashLog> logs = new ArrayList<>();
        for (ChildJvm child : children) {
            logs.add(CrashLog.parse(child.output().lines().toList()));
        }
        return logs;
    }
}
