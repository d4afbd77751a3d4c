package org.pressdesk.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.EncryptionSteps;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.ChildJvm;

/**
 * Kills the window's conversion to an encrypted database ({@link EncryptionStepWorkload}) inside it, at a named
 * moment, and checks the folder afterwards: it opens and signs in, either as the plain database (a kill before the
 * key slots were written) or as the encrypted one (after), with every communiqué it held and the one the session
 * saved just before, its audit chain intact; never neither. Once encrypted, no stage folder, no plain search index
 * and no communiqué title is left readable in the database file, and the plain copy waits to be discarded. Two kinds
 * of kill: stopped at a step (the workload waits there, so the kill lands exactly between two steps), or a seeded
 * 0–{@code spread} ms after a step began (inside the copy, the encryption, the check...; the trial tells whether the
 * next step had been reached).
 */
public final class EncryptionKillTrials {
    /** Every named moment, in the conversion's order. */
    public static final List<String> STEPS = List.of(EncryptionSteps.COPYING, EncryptionSteps.ENCRYPTING,
            EncryptionSteps.CHECKED, EncryptionSteps.SLOTS_WRITTEN, EncryptionSteps.ORIGINAL_MOVED,
            EncryptionSteps.SWAPPED);

    /** One kill: where it landed, and what is wrong with the folder afterwards (nothing, when it is empty). */
    public record Trial(String where, boolean encrypted, boolean landedInside, List<String> problems) {
    }

    private final Path work;
    private int made;

    /** Each trial gets a new plain folder under {@code work}. */
    public EncryptionKillTrials(Path work) {
        this.work = work;
    }

    /** Kills the conversion stopped at {@code step}. */
    public Trial stoppedAt(String step) throws Exception {
        Path data = freshFolder();
        ChildJvm child = ChildJvm.start(EncryptionStepWorkload.class, data.toString(), step);
        try {
            child.awaitLine(EncryptionStepWorkload.PAUSED + step, Duration.ofSeconds(120));
        } finally {
            child.close();
        }
        return checked("stopped at " + step, step, data, lines(child));
    }

    /** Kills the conversion a seeded 0–{@code spreadMillis} ms after {@code step} was reached. */
    public Trial after(String step, long seed, long spreadMillis) throws Exception {
        Path data = freshFolder();
        long delay = new SplittableRandom(seed).nextLong(Math.max(1, spreadMillis)); // neighbouring seeds spread
        ChildJvm child = ChildJvm.start(EncryptionStepWorkload.class, data.toString(), "-");
        try {
            child.awaitLine(EncryptionStepWorkload.STEP + step, Duration.ofSeconds(120));
            Thread.sleep(delay);
        } finally {
            child.close();
        }
        return checked(delay + " ms after " + step + " (seed " + seed + ")", step, data, lines(child));
    }

    private Trial checked(String where, String step, Path data, List<String> lines) throws IOException {
        int next = STEPS.indexOf(step) + 1;
        String following = next < STEPS.size() ? EncryptionStepWorkload.STEP + STEPS.get(next)
                : EncryptionStepWorkload.ENCRYPTED;
        boolean inside = lines.contains(EncryptionStepWorkload.STEP + step) && !lines.contains(following);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < BackupCrashOffice.COMMUNIQUES; i++) {
            titles.add(BackupCrashOffice.title(i));
        }
        lines.stream().filter(l -> l.startsWith(EncryptionStepWorkload.SAVED))
                .forEach(l -> titles.add(l.substring(EncryptionStepWorkload.SAVED.length())));
        List<String> problems = new ArrayList<>();
        if (titles.size() == BackupCrashOffice.COMMUNIQUES) {
            problems.add("the session's save was never reported");
        }
        boolean encrypted = opensWithEverything(data, titles, problems);
        boolean slotsWritten = lines.contains(EncryptionStepWorkload.STEP + EncryptionSteps.SLOTS_WRITTEN);
        boolean checkedCopy = lines.contains(EncryptionStepWorkload.STEP + EncryptionSteps.CHECKED);
        if (slotsWritten && !encrypted) {
            problems.add("key slots were written, yet the folder opened plain");
        }
        if (!checkedCopy && encrypted) {
            problems.add("encrypted before its copy was checked");
        }
        if (encrypted) {
            problems.addAll(leftInClear(data));
        }
        delete(data);
        return new Trial(where, encrypted, inside, problems.stream().map(p -> where + ": " + p).toList());
    }

    /** Opens and signs in with the administrator's password; true when the folder was encrypted. */
    private static boolean opensWithEverything(Path data, Set<String> titles, List<String> problems) {
        try (AppServices services = BackupCrashOffice.unlock(data, BackupCrashOffice.PASSWORD)) {
            services.accounts().signIn(BackupCrashOffice.ADMIN, BackupCrashOffice.PASSWORD.toCharArray());
            Set<String> found = new HashSet<>();
            for (CommuniqueSummary summary : services.communiques().list(ListQuery.all())) {
                found.add(summary.title());
            }
            titles.stream().filter(t -> !found.contains(t)).forEach(t -> problems.add("lost: " + t));
            if (!services.auditVerifier().verify().intact()) {
                problems.add("audit chain broken");
            }
            return services.encrypted();
        } catch (RuntimeException e) {
            problems.add("opens neither plain nor encrypted: " + e);
            return AppServices.isEncrypted(DataDirectory.prepare(data));
        }
    }

    /** What an encrypted folder still shows in clear after its opening finished the conversion. */
    private static List<String> leftInClear(Path data) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String leftover : List.of("encrypting", "index")) {
            if (Files.exists(data.resolve(leftover))) {
                problems.add("the folder " + leftover + " is still there");
            }
        }
        if (!Files.exists(data.resolve("pressdesk-before-encryption.mv.db"))) {
            problems.add("the plain copy kept until checked is gone");
        }
        String file = new String(Files.readAllBytes(data.resolve("pressdesk.mv.db")), StandardCharsets.ISO_8859_1);
        for (String word : List.of("origine", "avant le chiffrement", "Bamako")) {
            if (file.contains(word)) {
                problems.add("readable in the database file: " + word);
            }
        }
        return problems;
    }

    /** A plain folder as older versions left it: an administrator, an office and a few communiqués. */
    private Path freshFolder() {
        Path data = work.resolve("trial-" + made++);
        BackupCrashOffice.createPlain(data);
        return data;
    }

    /** The child's output once its last lines were read (the reader may lag the kill by a moment). */
    private static List<String> lines(ChildJvm child) throws InterruptedException {
        String before = child.output();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(50);
            String now = child.output();
            if (now.equals(before)) {
                break;
            }
            before = now;
        }
        return before.lines().toList();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
