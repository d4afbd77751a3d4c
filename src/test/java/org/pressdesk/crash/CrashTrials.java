package org.pressdesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.testing.ChildJvm;

/**
 * Kills sessions and checks what they leave: each trial starts one or two {@link CrashWorkload} processes on the
 * same data folder, lets them work, once warm, for a seeded random moment, kills them with SIGKILL
 * ({@code Process.destroyForcibly} on Linux), then opens the folder and runs {@link CrashCheck} on what each had
 * reported. Trial {@code i} uses seed {@code seed + i}: a failure names its seed, and the same seed replays it.
 * With several lanes, trials run that many at a time, each lane on its own data folder (trial {@code i} on lane
 * {@code i % lanes}): a trial spends much of its time waiting (the child's start, the moment before the kill, H2's
 * lock), which the other lane's trial fills. The time each phase took is printed at the end ({@link TrialTimes}).
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
    private final int lanes;
    private final TrialTimes times = new TrialTimes();
    private final AtomicInteger reports = new AtomicInteger();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    public CrashTrials(Path folder, int processes, Duration longestRun) {
        this(folder, processes, longestRun, 1);
    }

    public CrashTrials(Path folder, int processes, Duration longestRun, int lanes) {
        this.folder = folder;
        this.processes = processes;
        this.longestRun = longestRun;
        this.lanes = Math.max(1, lanes);
    }

    public Outcome run(long seed, int trials) throws Exception {
        int used = Math.max(1, Math.min(lanes, trials));
        List<Path> folders = new ArrayList<>();
        for (int lane = 0; lane < used; lane++) {
            folders.add(lane == 0 ? folder : folder.resolveSibling(folder.getFileName() + "-lane" + lane));
            CrashOffice.create(folders.get(lane));
        }
        try (AppServices services = CrashOffice.open(folder)) {
            // Lucene 9's first index writers, opened by two threads at once, deadlock in their classes'
            // initialisation (IndexWriter and TestSecrets wait for each other): one opening here comes first.
            services.search();
        }
        ExecutorService pool = Executors.newFixedThreadPool(used);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int lane = 0; lane < used; lane++) {
                int first = lane;
                Path laneFolder = folders.get(lane);
                done.add(pool.submit(() -> runLane(laneFolder, seed, first, used, trials)));
            }
            for (Future<Void> lane : done) {
                lane.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(times.summary());
        return new Outcome(trials, reports.get(), new ArrayList<>(problems));
    }

    private Void runLane(Path laneFolder, long seed, int first, int step, int trials) throws Exception {
        for (int i = first; i < trials; i += step) {
            trial(laneFolder, seed, i);
        }
        return null;
    }

    private void trial(Path laneFolder, long seed, int i) throws Exception {
        long trialSeed = seed + i;
        List<CrashLog> logs = killOne(laneFolder, trialSeed);
        long clock = System.nanoTime();
        boolean lockKept = clearStaleLock(laneFolder, trialSeed);
        List<String> found = new ArrayList<>();
        try (AppServices services = CrashOffice.open(laneFolder)) {
            clock = times.since(lockKept ? "open for the check (H2 takes the stale lock over)"
                    : "open for the check (stale lock removed)", clock);
            for (int p = 0; p < logs.size(); p++) {
                reports.addAndGet(logs.get(p).reports());
                UserAccount user = services.accounts().find(USERS[p]).orElseThrow();
                List<String> check = new ArrayList<>(CrashCheck.problems(services, user, logs.get(p)));
                check.addAll(TransferCheck.problems(services, logs.get(p), laneFolder));
                check.addAll(ImportRerunCheck.problems(services, user, logs.get(p), laneFolder));
                for (String problem : check) {
                    found.add("seed " + trialSeed + ", process " + (p + 1) + ": " + problem);
                }
            }
            clock = times.since("check (saves, autosaves, titles, index, audit, imports again)", clock);
        }
        times.since("close after the check", clock);
        problems.addAll(found);
        // One line a trial, so that a long run that is stopped still says how far it got and what it found.
        System.out.printf("trial %d (seed %d): %d report(s) so far, %d new problem(s)%s%n", i + 1, trialSeed,
                reports.get(), found.size(), transfers(logs));
        found.forEach(System.out::println);
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
     * A killed process leaves H2's lock file behind; the next opening takes it over once its socket no longer
     * answers, but only when the file is 2 s old (H2's FileLock; decision 0055), which a session killed early is not.
     * The sessions are dead, so four trials in five remove it to save that time; every fifth keeps the real path,
     * H2's take-over.
     */
    private static boolean clearStaleLock(Path laneFolder, long trialSeed) throws IOException {
        if (Math.floorMod(trialSeed, 5) != 0) {
            Files.deleteIfExists(laneFolder.resolve("pressdesk.lock.db"));
            return false;
        }
        return true;
    }

    private List<CrashLog> killOne(Path laneFolder, long trialSeed) throws Exception {
        Random random = new Random(trialSeed);
        long runMillis = random.nextLong(Math.max(1, longestRun.toMillis()));
        List<ChildJvm> children = new ArrayList<>();
        QuickStart quickStart = QuickStart.prepare();
        long clock = System.nanoTime();
        try {
            for (int p = 0; p < processes; p++) {
                ChildJvm child = quickStart.start(CrashWorkload.class, laneFolder.toString(),
                        Long.toString(trialSeed * 31 + p), USERS[p]);
                children.add(child);
                child.awaitLine(CrashLog.STARTED, Duration.ofSeconds(90));
                clock = times.since("child start to STARTED (JVM, open, sign-in)", clock);
                child.awaitLine(CrashLog.WORKING, Duration.ofSeconds(90));
                clock = times.since("STARTED to WORKING (the first step)", clock);
            }
            Thread.sleep(runMillis);
            clock = times.since("run before the kill (seeded, 0 to 1.5 s)", clock);
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }
        times.since("kill and wait for the end", clock);
        List<CrashLog> logs = new ArrayList<>();
        for (ChildJvm child : children) {
            logs.add(CrashLog.parse(child.output().lines().toList()));
        }
        return logs;
    }
}
