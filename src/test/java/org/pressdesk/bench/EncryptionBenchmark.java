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
 * 3000 [rounds] [interleaved]</pre>
 */
public final class EncryptionBenchmark {
    private static final char[] PASSWORD = "benchmark-password".toCharArray();

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (args.length > 2 && args[2].equals("interleaved")) {
            interleaved(count, rounds);
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
     * Plain and encrypted installations open side by side, filled with the same archive (plain first, then
     * encrypted, each import timed), then {@code rounds} rounds of P,E,P,E...: in each round 100 list pages, 100
     * filtered list pages and 300 searches on the plain side, then the same on the encrypted side, so that the
     * machine's load, which moves by 3x between minutes here, weighs on both alike. Prints each round's p50s and
     * ratios, the load average, and the median ratio over the rounds; then how H2 runs the filtered list on each side
     * (its plan, with the rows it read), its page cache, and the pages 120 filtered lists read from the file with
     * H2's cache and with a cache of {@code -Dbench.cacheKb} (default 65536).
     */
    private static void interleaved(int count, int rounds) throws Exception {
        Path work = Files.createTempDirectory("pressdesk-bench-interleaved");
        List<Path> archive = SyntheticArchive.write(work.resolve("archives"), count, 5, 7);
        AppServices.Settings settings = new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000),
                d -> { });
        AppServices.Created encrypted = AppServices.createEncrypted(DataDirectory.prepare(work.resolve("e")),
                settings, "bench", null, PASSWORD.clone());
        try (AppServices plain = AppServices.open(DataDirectory.prepare(work.resolve("p")), settings);
                AppServices locked = encrypted.services()) {
            long start = System.nanoTime();
            fill(plain, plain.accounts().createFirstAdministrator("bench", null, PASSWORD.clone()), archive);
            long middle = System.nanoTime();
            fill(locked, encrypted.admin(), archive);
            long end = System.nanoTime();
            System.out.printf(Locale.ROOT, "import of %d: plain %.0f ms, encrypted %.0f ms, ratio %.2f, load %.1f%n",
                    count, ms(middle - start), ms(end - middle), (double) (end - middle) / (middle - start), load());
            AppServices[] sides = {plain, locked};
            String[] names = {"list page", "filtered list page", "search"};
            double[][] ratios = new double[names.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int figure = 0; figure < names.length; figure++) {
                    double p = p50(figure == 2 ? 300 : 100, figure(sides[0], figure));
                    double e = p50(figure == 2 ? 300 : 100, figure(sides[1], figure));
                    ratios[figure][round] = e / p;
                    System.out.printf(Locale.ROOT, "round %d: %-18s p50 plain %.3f ms, encrypted %.3f ms, ratio %.2f,"
                            + " load %.1f%n", round + 1, names[figure], p, e, e / p, load());
                }
            }
            for (int figure = 0; figure < names.length; figure++) {
                double[] sorted = ratios[figure].clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "interleaved, %-18s median ratio of %d rounds: %.2f (%s)%n",
                        names[figure], rounds, sorted[rounds / 2], Arrays.toString(ratios[figure]));
            }
            int cacheKb = Integer.getInteger("bench.cacheKb", 65_536);
            describe("plain", plain, cacheKb);
            describe("encrypted", locked, cacheKb);
        }
    }

    private static Supplier<Integer> figure(AppServices services, int figure) {
        return switch (figure) {
            case 0 -> () -> services.communiques().list(new ListQuery("", 0, 100)).size();
            case 1 -> () -> services.communiques().list(new ListQuery("ambassadeur", 0, 100)).size();
            default -> () -> (int) services.search().search(SearchQuery.of("ambassadeur japon")).total();
        };
    }

    /**
     * How H2 runs the filtered list on one side: its plan, its page cache, and how many pages 100 filtered lists read
     * from the file (each read from an encrypted file is decrypted); then the same reads and p50 with the page cache
     * at {@code cacheKb}.
     */
    private static void describe(String label, AppServices services, int cacheKb) {
        var dsl = services.database().dsl();
        System.out.println(label + ": " + dsl.fetch("explain analyze select id, title from communique where "
                + "filter_key like '%ambassadeur%' order by updated_at desc, id desc limit 100").formatCSV(false));
        System.out.println(label + ": " + dsl.fetch("select setting_name, setting_value from "
                + "information_schema.settings where setting_name like 'info.%'").formatCSV(false));
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                dsl.execute("set cache_size " + cacheKb);
            }
            long before = fileReads(services);
            double p50 = p50(100, figure(services, 1));
            System.out.printf(Locale.ROOT, "%s, cache %s: filtered list p50 %.3f ms, file reads in %d lists: %d, load "
                    + "%.1f%n", label, dsl.fetchValue("select setting_value from information_schema.settings where "
                    + "setting_name = 'info.CACHE_MAX_SIZE'"), p50, 120, fileReads(services) - before, load());
        }
    }

    private static long fileReads(AppServices services) {
        Object value = services.database().dsl().fetchValue("select setting_value from information_schema.settings "
                + "where setting_name = 'info.FILE_READ'");
        return value == null ? -1 : Long.parseLong(value.toString());
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
