package org.pressdesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.testing.ChildJvm;

/**
 * Several processes on one data folder at once, as the README promises: the first keeps the folder open as the
 * window does, the second starts 1.5 s after it, the others all at the same moment, each a command line opening and
 * closing the folder once per operation. Optionally the first, which serves the file to the others, is killed half
 * way. Each one's output is kept beside the folder (process-1.txt, ...). Afterwards the folder is opened and every save any of them reported is looked for ({@link CrashCheck}).
 */
public final class SharedFolderRun {
    private static final String[] USERS = {CrashOffice.MANAGER, "redaction", "admin"};

    /** What the processes did: operations reported done, those that failed (with their message), problems found. */
    public record Outcome(int done, List<String> failures, List<String> problems) {
    }

    private final Path folder;
    private final int processes;
    private final Duration length;
    private final boolean killServer;

    public SharedFolderRun(Path folder, int processes, Duration length, boolean killServer) {
        this.folder = folder;
        this.processes = processes;
        this.length = length;
        this.killServer = killServer;
    }

    public Outcome run(long seed) throws Exception {
        CrashOffice.create(folder);
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int p = 0; p < processes; p++) {
                children.add(QuickStart.prepare().withArchive().start(SharedFolderWorker.class, folder.toString(), Long.toString(seed + p),
                        USERS[p % USERS.length], Long.toString(length.toMillis()), p == 0 ? "window" : "cli"));
                if (p == 0) {
                    children.get(0).awaitLine(CrashLog.WORKING, Duration.ofSeconds(90));
                    Thread.sleep(1500);
                }
            }
            if (killServer) {
                Thread.sleep(length.toMillis() / 2);
                children.get(0).close();
            }
            for (ChildJvm child : children.subList(killServer ? 1 : 0, children.size())) {
                child.awaitExit(length.plusSeconds(120));
            }
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }
        return check(children);
    }

    private Outcome check(List<ChildJvm> children) throws IOException {
        int done = 0;
        List<String> failures = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (AppServices services = CrashOffice.open(folder)) {
            for (int p = 0; p < children.size(); p++) {
                String output = children.get(p).output();
                Files.writeString(folder.resolveSibling("process-" + (p + 1) + ".txt"), output);
                List<String> lines = output.lines().toList();
                CrashLog log = CrashLog.parse(lines);
                done += log.reports() + (int) lines.stream().filter("LISTED"::equals).count();
                for (String line : lines) {
                    if (line.startsWith(SharedFolderWorker.FAILED) || line.startsWith("Exception")) {
                        failures.add("process " + (p + 1) + ": " + line);
                    }
                }
                UserAccount user = services.accounts().find(USERS[p % USERS.length]).orElseThrow();
                for (String problem : CrashCheck.problems(services, user, log)) {
                    problems.add("process " + (p + 1) + ": " + problem);
                }
            }
        }
        return new Outcome(done, failures, problems);
    }
}
