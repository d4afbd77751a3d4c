package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.ImportResult;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.search.SearchService;

/**
 * The archive's two promises, measured on a real data directory. Not a JUnit test. Run after
 * {@code mvn -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=test}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pressdesk.bench.ArchiveBenchmark
 * import 10000</pre>
 * imports a synthetic archive of 10,000 communiqués (reading, understanding, writing, indexing) into a new data
 * directory and prints the rate; {@code search 100000} fills a data directory with 100,000 communiqués (kept in
 * target/bench-search for the next run), then times search service calls with and without filters (p50, p95).
 * {@code parse 50} reads one synthetic file of about 50 MB (preview only).
 */
public final class ArchiveBenchmark {
    private static final char[] PASSWORD = "benchmark-password".toCharArray();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "import";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : mode.equals("search") ? 100_000 : 10_000;
        switch (mode) {
            case "search" -> search(count);
            case "parse" -> parse(count);
            default -> importArchive(count);
        }
    }

    private static void importArchive(int count) throws Exception {
        Path work = Files.createTempDirectory("pressdesk-bench-import");
        // -Dbench.warmUp=0 measures the first import of a freshly started program
        int warmUp = Integer.getInteger("bench.warmUp", 3_000);
        if (warmUp > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %,d communiqués into another data directory%n", warmUp);
            importInto(work.resolve("warm-up"), SyntheticArchive.write(work.resolve("warm-up-archives"), warmUp, 3,
                    11));
        }
        System.out.println("measured:");
        importInto(work.resolve("data"), SyntheticArchive.write(work.resolve("archives"), count, 10, 7));
    }

    private static void importInto(Path data, List<Path> files) throws Exception {
        try (AppServices services = open(data)) {
            UserAccount admin = setUp(services);
            double loadBefore = PROCESS.getSystemLoadAverage();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long processStart = PROCESS.getProcessCpuTime();
            NativeThreadCpu threadsBefore = NativeThreadCpu.now();
            long[] fileBefore = fileCounters(services);
            long start = System.nanoTime();
            ImportPreview preview = services.archiveImport().preview(files);
            long previewed = System.nanoTime();
            long previewCpu = PROCESS.getProcessCpuTime() - processStart;
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            ImportResult result = services.archiveImport().importChosen(admin, preview, chosen, Status.ARCHIVED,
                    ImportProgress.NONE);
            services.search().awaitIndexed();
            long end = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long processCpu = PROCESS.getProcessCpuTime() - processStart;
            NativeThreadCpu threadsAfter = NativeThreadCpu.now();
            System.out.printf(Locale.ROOT, "items=%d importable=%d imported=%d%n", preview.found(),
                    chosen.size(), result.imported());
            System.out.printf(Locale.ROOT, "preview (read+understand) %.0f ms, import (write+index) %.0f ms%n",
                    ms(previewed - start), ms(end - previewed));
            System.out.printf(Locale.ROOT, "total %.0f ms: %.0f communiqués/s (importing thread's CPU time %.0f ms:"
                    + " %.0f communiqués per CPU second)%n", ms(end - start), result.imported() / ((end - start) / 1e9),
                    ms(cpu), result.imported() / (cpu / 1e9));
            System.out.printf(Locale.ROOT, "process CPU time (all threads) %.0f ms = %.2f cores busy on average%n",
                    ms(processCpu), (double) processCpu / (end - start));
            System.out.printf(Locale.ROOT, "process CPU per communiqué %.3f ms (preview %.3f ms, write+index %.3f ms):"
                    + " %.0f communiqués per CPU second; load average %.1f before, %.1f after%n",
                    ms(processCpu) / result.imported(), ms(previewCpu) / result.imported(),
                    ms(processCpu - previewCpu) / result.imported(), result.imported() / (processCpu / 1e9),
                    loadBefore, PROCESS.getSystemLoadAverage());
            System.out.println(threadsAfter.minus(threadsBefore));
            System.out.println(fileWork(services, fileBefore));
            System.out.printf(Locale.ROOT, "index current: %s, search 'ambassadeur japon': %d hits%n",
                    services.search().isCurrent(), services.search().search(SearchQuery.of("ambassadeur japon"))
                            .total());
        }
    }

    /** The bytes H2 wrote to and read from its file so far: they do not change with the machine's load. */
    private static long[] fileCounters(AppServices services) {
        var settings = services.database().dsl().fetch("select setting_name, setting_value"
                + " from information_schema.settings where setting_name like 'info.FILE_%'").intoMap(0, 1);
        return new long[] {Long.parseLong(String.valueOf(settings.get("info.FILE_WRITE_BYTES"))),
            Long.parseLong(String.valueOf(settings.get("info.FILE_READ_BYTES")))};
    }

    private static String fileWork(AppServices services, long[] before) {
        long[] after = fileCounters(services);
        return String.format(Locale.ROOT, "H2 file: %.1f MB written, %.1f MB read during the import",
                (after[0] - before[0]) / 1048576.0, (after[1] - before[1]) / 1048576.0);
    }

    private static void search(int count) throws Exception {
        Path data = Path.of("target/bench-search/data-" + count).toAbsolutePath();
        boolean fresh = !Files.exists(data.resolve("pressdesk.mv.db"));
        try (AppServices services = open(data)) {
            if (fresh) {
                UserAccount admin = setUp(services);
                long start = System.nanoTime();
                SyntheticCommuniques.fill(services, admin, services.offices().findByCode("BIP/MAECI").orElseThrow(),
                        count, 42);
                System.out.printf(Locale.ROOT, "filled and indexed %d in %.1f s%n", count,
                        (System.nanoTime() - start) / 1e9);
            }
            long check = System.nanoTime();
            boolean rebuilt = services.search().check((done, total) -> { });
            System.out.printf(Locale.ROOT, "index check %.0f ms (rebuilt: %s)%n", ms(System.nanoTime() - check),
                    rebuilt);
            timeQueries(services.search());
        }
        LuceneReference.time(data.resolve("index"));
    }

    private static void timeQueries(SearchService search) {
        List<SearchQuery> queries = List.of(SearchQuery.of("ambassadeur japon"),
                SearchQuery.of("cooperation sanitaire"), SearchQuery.of("energies renouvelables").typing(),
                new SearchQuery("diaspora", Status.ARCHIVED, null, null, null, null, null, 20, false),
                new SearchQuery("securite sahel", null, "BIP/MAECI", null, Genre.AUDIENCE_REPORT,
                        LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), 20, false),
                new SearchQuery("ministre", Status.PUBLISHED, "BIP/MAECI", null, null, LocalDate.of(2021, 1, 1),
                        null, 20, false),
                SearchQuery.of("agri").typing(), SearchQuery.of("unicef education filles"));
        for (int i = 0; i < 200; i++) {
            search.search(queries.get(i % queries.size()));
        }
        int runs = 1_000;
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        long hits = 0;
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            hits += search.search(queries.get(i % queries.size())).hits().size();
            times[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        double load = PROCESS.getSystemLoadAverage();
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "load average %.1f during the searches%n", load);
        System.out.printf(Locale.ROOT, "%d searches (8 queries, 4 with filters, 20 hits with snippets): p50 %.2f ms,"
                + " p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d hits)%n", runs, ms(times[runs / 2]),
                ms(times[runs * 95 / 100]), ms(times[runs * 99 / 100]), ms(times[runs - 1]), hits);
        System.out.printf(Locale.ROOT, "the searching thread's CPU time per call: p50 %.2f ms, p95 %.2f ms%n",
                ms(cpu[runs / 2]), ms(cpu[runs * 95 / 100]));
    }

    private static void parse(int megabytes) throws Exception {
        Path work = Files.createTempDirectory("pressdesk-bench-parse");
        int items = megabytes * 1024 * 1024 / 460;
        Path file = SyntheticArchive.write(work, items, 1, 3).get(0);
        try (AppServices services = open(work.resolve("data"))) {
            setUp(services);
            long start = System.nanoTime();
            ImportPreview preview = services.archiveImport().preview(List.of(file));
            System.out.printf(Locale.ROOT, "%.1f MB, %d communiqués read and understood in %.1f s%n",
                    Files.size(file) / 1048576.0, preview.found(), (System.nanoTime() - start) / 1e9);
        }
    }

    private static AppServices open(Path data) {
        return AppServices.open(DataDirectory.prepare(data),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
    }

    /** An administrator and the three offices the synthetic archives name; the first is the default. */
    static UserAccount setUp(AppServices services) {
        UserAccount admin = services.accounts().createFirstAdministrator("bench", "Banc d’essai", PASSWORD);
        ZoneId bamako = ZoneId.of("Africa/Bamako");
        Office ministry = services.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), bamako);
        services.offices().create(admin, "PRIMATURE", "Primature", Office.Letterhead.empty(), bamako);
        services.offices().create(admin, "CCRP PRÉSIDENCE", "Présidence", Office.Letterhead.empty(), bamako);
        services.offices().setDefault(admin, ministry);
        return admin;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
