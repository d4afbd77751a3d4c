package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.store.keys.DataKey;
import org.pressdesk.store.keys.KeySlots;

/**
 * The cost of encryption at rest: the same synthetic archive imported, listed and searched in a plain and in an
 * encrypted data directory, plus the rebuild of the in-memory index an encrypted installation makes at sign-in, and
 * one key-slot unlock at the real work factor. Not a JUnit test. Run after
 * {@code mvn -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=test}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pressdesk.bench.EncryptionBenchmark
 * 3000</pre>
 */
public final class EncryptionBenchmark {
    private static final char[] PASSWORD = "benchmark-password".toCharArray();

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (args.length > 2 && args[2].equals("interleaved")) {
            interleavedSearch(count, rounds);
            return;
        }
        Path work = Files.createTempDirectory("pressdesk-bench-encryption");
        List<Path> archive = SyntheticArchive.write(work.resolve("archives"), count, 5, 7);
        List<Path> warmUp = SyntheticArchive.write(work.resolve("warm-up-archives"), 1_000, 2, 11);
        run("warm-up plain", work.resolve("w1"), warmUp, false);
        run("warm-up encrypted", work.resolve("w2"), warmUp, true);
        List<double[]> plain = new java.util.ArrayList<>();
        List<double[]> encrypted = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            plain.add(run("plain #" + round, work.resolve("plain" + round), archive, false));
            encrypted.add(run("encrypted #" + round, work.resolve("encrypted" + round), archive, true));
        }
        String[] names = {"import", "index rebuild", "list page p50", "filtered list p50", "search p50"};
        for (int i = 0; i < names.length; i++) {
            double p = median(plain, i);
            double e = median(encrypted, i);
            System.out.printf(Locale.ROOT, "median of %d: %-18s plain %.2f ms, encrypted %.2f ms, ratio %.2f%n",
                    rounds, names[i], p, e, e / p);
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n", load());
        long start = System.nanoTime();
        KeySlots slots = KeySlots.create(600_000, new SecureRandom());
        try (DataKey key = DataKey.random(new SecureRandom())) {
            slots.put("bench", PASSWORD, key);
        }
        long wrapped = System.nanoTime();
        slots.unlock("bench", PASSWORD).close();
        System.out.printf(Locale.ROOT, "key slot at 600,000 PBKDF2 iterations: wrap %.0f ms, unlock %.0f ms%n",
                ms(wrapped - start), ms(System.nanoTime() - wrapped));
    }

    /**
     * Search only, plain and encrypted installations open side by side and queried in alternating blocks, so that
     * the machine's load, which moves by 3× between minutes here, weighs on both alike: {@code rounds} blocks of
     * 300 searches each side, and the median of the blocks' ratios.
     */
    private static void interleavedSearch(int count, int rounds) throws Exception {
        Path work = Files.createTempDirectory("pressdesk-bench-search");
        List<Path> archive = SyntheticArchive.write(work.resolve("archives"), count, 5, 7);
        AppServices.Settings settings = new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000),
                d -> { });
        AppServices.Created encrypted = AppServices.createEncrypted(DataDirectory.prepare(work.resolve("e")),
                settings, "bench", null, PASSWORD.clone());
        try (AppServices plain = AppServices.open(DataDirectory.prepare(work.resolve("p")), settings);
                AppServices locked = encrypted.services()) {
            fill(plain, plain.accounts().createFirstAdministrator("bench", null, PASSWORD.clone()), archive);
            fill(locked, encrypted.admin(), archive);
            Supplier<Integer> plainSearch = () -> (int) plain.search().search(SearchQuery.of("ambassadeur japon"))
                    .total();
            Supplier<Integer> lockedSearch = () -> (int) locked.search().search(SearchQuery.of("ambassadeur japon"))
                    .total();
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                double p = p50(300, plainSearch);
                double e = p50(300, lockedSearch);
                ratios[round] = e / p;
                System.out.printf(Locale.ROOT, "block %d: search p50 plain %.3f ms, encrypted %.3f ms, ratio %.2f, "
                        + "load %.1f%n", round + 1, p, e, e / p, load());
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "interleaved search, median ratio of %d blocks: %.2f%n", rounds,
                    ratios[rounds / 2]);
        }
    }

    private static void fill(AppServices services, UserAccount admin, List<Path> archive) {
        Office office = services.offices().create(admin, "BIP/MAECI", "Bureau", Office.Letterhead.empty(),
                ZoneId.of("Africa/Bamako"));
        services.offices().setDefault(admin, office);
        ImportPreview preview = services.archiveImport().preview(archive);
        services.archiveImport().importChosen(admin, preview, preview.items().stream()
                .filter(PreviewItem::importable).map(ImportChoice::asRead).toList(), Status.ARCHIVED,
                ImportProgress.NONE);
        services.search().awaitIndexed();
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(List<double[]> runs, int column) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static double[] run(String label, Path data, List<Path> archive, boolean encrypted) {
        AppServices.Settings settings = new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000),
                d -> { });
        DataDirectory directory = DataDirectory.prepare(data);
        UserAccount admin;
        AppServices services;
        if (encrypted) {
            AppServices.Created created = AppServices.createEncrypted(directory, settings, "bench", null,
                    PASSWORD.clone());
            services = created.services();
            admin = created.admin();
        } else {
            services = AppServices.open(directory, settings);
            admin = services.accounts().createFirstAdministrator("bench", null, PASSWORD.clone());
        }
        try (services) {
            Office office = services.offices().create(admin, "BIP/MAECI", "Bureau", Office.Letterhead.empty(),
                    ZoneId.of("Africa/Bamako"));
            services.offices().setDefault(admin, office);
            long start = System.nanoTime();
            ImportPreview preview = services.archiveImport().preview(archive);
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            int imported = services.archiveImport().importChosen(admin, preview, chosen, Status.ARCHIVED,
                    ImportProgress.NONE).imported();
            services.search().awaitIndexed();
            long importNanos = System.nanoTime() - start;
            long rebuildStart = System.nanoTime();
            services.search().rebuild((done, total) -> { });
            long rebuildNanos = System.nanoTime() - rebuildStart;
            double list = p50(300, () -> services.communiques().list(new ListQuery("", 0, 100)).size());
            double filtered = p50(300, () -> services.communiques().list(new ListQuery("ambassadeur", 0, 100))
                    .size());
            double search = p50(500, () -> (int) services.search().search(SearchQuery.of("ambassadeur japon"))
                    .total());
            System.out.printf(Locale.ROOT, "%-18s imported %d in %.0f ms | index rebuild %.0f ms | list page p50 "
                    + "%.2f ms, filtered %.2f ms | search p50 %.2f ms%n", label, imported, ms(importNanos),
                    ms(rebuildNanos), list, filtered, search);
            return new double[] {ms(importNanos), ms(rebuildNanos), list, filtered, search};
        }
    }

    private static double p50(int runs, Supplier<Integer> call) {
        for (int i = 0; i < runs / 5; i++) {
            call.get();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return ms(times[runs / 2]);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
