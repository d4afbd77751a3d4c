package org.pressdesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.BackupFolder;
import org.pressdesk.app.Backups;
import org.pressdesk.app.HeadquartersSlot;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.testing.ChildJvm;
import org.pressdesk.testing.Folders;
import org.pressdesk.testing.HeadquartersKeys;

/**
 * Kills backing up, restoring, encrypting and re-keying ({@link BackupCrashWorkload}, in a child JVM started by
 * {@link ChildJvm}, as {@link CrashTrials} does for editing sessions) at a seeded random moment, then checks what is
 * left: the database opens with the right password (the one last reported changed, or the one being set when the
 * kill came, provided the same one also signs in), every communiqué committed before the kill is there, the audit
 * chain is intact, every backup with a good name restores and opens, and a restore folder either holds a database
 * that opens or none at all. Trial {@code i} of a kind uses seed {@code seed + i}. An encryption (a whole copy and
 * its check) gets three times the others' longest run, so that some kills come after it finished.
 */
public final class BackupCrashTrials {
    /** What the trials of one kind found. */
    public record Outcome(String kind, int trials, int reports, List<String> problems) {
    }

    private final Path work;
    private final Duration longestRun;

    public BackupCrashTrials(Path work, Duration longestRun) {
        this.work = work;
        this.longestRun = longestRun;
    }

    public Outcome backups(long seed, int trials) throws Exception {
        Path data = work.resolve("backup-data");
        Path stick = work.resolve("backup-stick");
        BackupCrashOffice.createEncrypted(data);
        Set<String> committed = originals();
        Set<Path> checked = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int reports = 0;
        for (int i = 0; i < trials; i++) {
            List<String> lines = kill(seed + i, "backup", data.toString(), stick.toString());
            reports += reported(lines, "SAVED ").size() + reported(lines, "GOOD ").size();
            committed.addAll(reported(lines, "SAVED "));
            String where = "backup seed " + (seed + i) + ": ";
            problems.addAll(prefixed(where, check(data, BackupCrashOffice.PASSWORD, committed)));
            Set<String> good = new HashSet<>();
            for (BackupFolder.Entry entry : new BackupFolder(stick).good()) {
                good.add(entry.file().getFileName().toString());
                if (checked.add(entry.file())) {
                    problems.addAll(prefixed(where + entry.file().getFileName() + ": ", restoredOpens(entry.file())));
                }
            }
            for (String name : reported(lines, "GOOD ")) {
                if (!good.contains(name)) {
                    problems.add(where + "reported backup " + name + " is not listed as good");
                }
            }
        }
        return new Outcome("backup", trials, reports, problems);
    }

    public Outcome restores(long seed, int trials) throws Exception {
        Path data = work.resolve("restore-data");
        BackupCrashOffice.createEncrypted(data);
        Path backup;
        try (AppServices services = BackupCrashOffice.unlock(data, BackupCrashOffice.PASSWORD)) {
            backup = services.backups().create(work.resolve("restore-stick")).file();
        }
        List<String> problems = new ArrayList<>();
        int reports = 0;
        for (int i = 0; i < trials; i++) {
            Path under = work.resolve("restored-" + i);
            List<String> lines = kill(seed + i, "restore", data.toString(), backup.toString(), under.toString());
            reports += reported(lines, "RESTORED ").size();
            String where = "restore seed " + (seed + i) + ": ";
            for (String name : reported(lines, "RESTORED ")) {
                if (!Files.exists(under.resolve(name).resolve("pressdesk.mv.db"))) {
                    problems.add(where + "reported restore " + name + " holds no database");
                }
            }
            for (Path folder : children(under)) {
                if (Files.exists(folder.resolve("pressdesk.mv.db"))) {
                    problems.addAll(prefixed(where + folder.getFileName() + ": ",
                            check(folder, BackupCrashOffice.PASSWORD, originals())));
                }
            }
            Folders.delete(under);
        }
        return new Outcome("restore", trials, reports, problems);
    }

    public Outcome encryptions(long seed, int trials) throws Exception {
        Path template = work.resolve("plain-template");
        BackupCrashOffice.createPlain(template);
        List<String> problems = new ArrayList<>();
        int reports = 0;
        for (int i = 0; i < trials; i++) {
            Path data = work.resolve("encrypt-" + i);
            Folders.copy(template, data);
            List<String> lines = kill(seed + i, longestRun.multipliedBy(3), "encrypt", data.toString());
            boolean reported = lines.contains("ENCRYPTED");
            reports += reported ? 1 : 0;
            String where = "encrypt seed " + (seed + i) + ": ";
            problems.addAll(prefixed(where, check(data, BackupCrashOffice.PASSWORD, originals())));
            if (reported && !AppServices.isEncrypted(org.pressdesk.local.DataDirectory.prepare(data))) {
                problems.add(where + "reported encrypted, found plain");
            }
            Folders.delete(data);
        }
        return new Outcome("encrypt", trials, reports, problems);
    }

    /**
     * The window's conversion (a session's save, its database closed, then the same conversion) killed at random
     * moments: the folder opens, plain or encrypted, with everything the session reported saved.
     */
    public Outcome windowEncryptions(long seed, int trials) throws Exception {
        Path template = work.resolve("plain-window-template");
        BackupCrashOffice.createPlain(template);
        List<String> problems = new ArrayList<>();
        int reports = 0;
        for (int i = 0; i < trials; i++) {
            Path data = work.resolve("encrypt-window-" + i);
            Folders.copy(template, data);
            List<String> lines = kill(seed + i, longestRun.multipliedBy(3), "encrypt-window", data.toString());
            Set<String> committed = originals();
            committed.addAll(reported(lines, "SAVED "));
            boolean reported = lines.contains("ENCRYPTED");
            reports += reported(lines, "SAVED ").size() + (reported ? 1 : 0);
            String where = "encrypt-window seed " + (seed + i) + ": ";
            problems.addAll(prefixed(where, check(data, BackupCrashOffice.PASSWORD, committed)));
            if (reported && !AppServices.isEncrypted(org.pressdesk.local.DataDirectory.prepare(data))) {
                problems.add(where + "reported encrypted, found plain");
            }
            Folders.delete(data);
        }
        return new Outcome("encrypt-window", trials, reports, problems);
    }

    public Outcome rekeys(long seed, int trials) throws Exception {
        Path data = work.resolve("rekey-data");
        BackupCrashOffice.createEncrypted(data);
        String current = BackupCrashOffice.PASSWORD;
        List<String> problems = new ArrayList<>();
        int reports = 0;
        for (int i = 0; i < trials; i++) {
            List<String> lines = kill(seed + i, "rekey", data.toString(), current);
            List<String> changed = reported(lines, "CHANGED ");
            List<String> changing = reported(lines, "CHANGING ");
            reports += changed.size();
            List<String> candidates = new ArrayList<>();
            if (changing.size() > changed.size()) {
                candidates.add(changing.get(changing.size() - 1));
            }
            candidates.add(changed.isEmpty() ? current : changed.get(changed.size() - 1));
            String where = "rekey seed " + (seed + i) + ": ";
            String working = null;
            List<String> refusals = new ArrayList<>();
            for (String candidate : candidates) {
                List<String> found = check(data, candidate, originals());
                if (found.isEmpty()) {
                    working = candidate;
                    break;
                }
                refusals.addAll(prefixed("with the " + (candidate.equals(candidates.get(0)) ? "first" : "second")
                        + " candidate password: ", found));
            }
            if (working == null) {
                problems.addAll(prefixed(where, refusals));
                break;
            }
            current = working;
        }
        return new Outcome("rekey", trials, reports, problems);
    }

    /**
     * Adding the slot sealed for headquarters, killed: the database still opens with the administrator's password,
     * holds everything, and once a seal was reported headquarters' key opens it too.
     */
    public Outcome headquartersSeals(long seed, int trials) throws Exception {
        Path data = work.resolve("hq-data");
        BackupCrashOffice.createEncrypted(data);
        HeadquartersKeys hq = HeadquartersKeys.make("RSA");
        Path certificate = Files.write(work.resolve("siege.pem"), hq.pemCertificate());
        char[] hqPassword = "cle-du-siege".toCharArray();
        byte[] hqKey = hq.pkcs12(hqPassword);
        List<String> problems = new ArrayList<>();
        int reports = 0;
        for (int i = 0; i < trials; i++) {
            List<String> lines = kill(seed + i, "hq-seal", data.toString(), certificate.toString());
            boolean sealed = !reported(lines, "SEALED ").isEmpty();
            reports += sealed ? 1 : 0;
            String where = "hq-seal seed " + (seed + i) + ": ";
            problems.addAll(prefixed(where, check(data, BackupCrashOffice.PASSWORD, originals())));
            if (sealed) {
                try (AppServices opened = HeadquartersSlot.unlock(org.pressdesk.local.DataDirectory.prepare(data),
                        BackupCrashOffice.SETTINGS, hqKey, hqPassword.clone(), "siege.p12")) {
                    opened.accounts().find(BackupCrashOffice.ADMIN).orElseThrow();
                } catch (RuntimeException e) {
                    problems.add(where + "reported sealed, headquarters' key does not open it: " + e);
                }
            }
        }
        return new Outcome("hq-seal", trials, reports, problems);
    }

    /** Starts the workload, waits for it to work, lets it run a seeded random time, kills it; returns its output. */
    private List<String> kill(long seed, String... args) throws Exception {
        return kill(seed, longestRun, args);
    }

    private List<String> kill(long seed, Duration longest, String... args) throws Exception {
        long runMillis = new Random(seed).nextLong(Math.max(1, longest.toMillis()));
        ChildJvm child = ChildJvm.start(BackupCrashWorkload.class, args);
        try {
            child.awaitLine(CrashLog.WORKING, Duration.ofSeconds(90));
            Thread.sleep(runMillis);
        } finally {
            child.close();
        }
        return child.output().lines().toList();
    }

    /** What is wrong with a folder opened with {@code password}: empty when it opens, signs in and holds all. */
    private static List<String> check(Path data, String password, Set<String> titles) {
        List<String> problems = new ArrayList<>();
        try (AppServices services = BackupCrashOffice.unlock(data, password)) {
            services.accounts().signIn(BackupCrashOffice.ADMIN, password.toCharArray());
            Set<String> found = new HashSet<>();
            for (CommuniqueSummary summary : services.communiques().list(ListQuery.all())) {
                found.add(summary.title());
            }
            for (String title : titles) {
                if (!found.contains(title)) {
                    problems.add("committed communiqué lost: " + title);
                }
            }
            if (!services.auditVerifier().verify().intact()) {
                problems.add("audit chain broken");
            }
        } catch (RuntimeException e) {
            problems.add("does not open and sign in: " + e);
        }
        return problems;
    }

    private List<String> restoredOpens(Path backup) throws IOException {
        Path target = Files.createTempDirectory(work, "check").resolve("data");
        try {
            Backups.restore(backup, target);
            return check(target, BackupCrashOffice.PASSWORD, originals());
        } catch (RuntimeException e) {
            return List.of("a good backup does not restore: " + e);
        } finally {
            Folders.delete(target.getParent());
        }
    }

    private static Set<String> originals() {
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < BackupCrashOffice.COMMUNIQUES; i++) {
            titles.add(BackupCrashOffice.title(i));
        }
        return titles;
    }

    private static List<String> reported(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    private static List<String> prefixed(String prefix, List<String> problems) {
        return problems.stream().map(p -> prefix + p).toList();
    }

    private static List<Path> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.toList();
        }
    }
}
