package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.ImportResult;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;

/**
 * One big archive file imported in one transaction, as `pressdesk import` does, to check that memory stays bounded:
 * run it with a small heap (-Xmx512m) and read the peak of the heap pools it prints. Usage:
 * {@code java -Xmx512m -cp $CP org.pressdesk.bench.BigImportBenchmark 126000}.
 */
public final class BigImportBenchmark {
    private BigImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 126_000;
        Path work = Files.createTempDirectory("pressdesk-bench-big-import");
        Path file = SyntheticArchive.write(work.resolve("archives"), count, 1, 5).get(0);
        System.out.printf(Locale.ROOT, "archive: %d items, %.1f MB; max heap %d MB%n", count,
                Files.size(file) / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        resetPeaks();
        try (AppServices services = AppServices.open(DataDirectory.prepare(work.resolve("data")),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }))) {
            UserAccount admin = ArchiveBenchmark.setUp(services);
            long start = System.nanoTime();
            ImportPreview preview = services.archiveImport().preview(List.of(file));
            long previewed = System.nanoTime();
            System.out.printf(Locale.ROOT, "preview %.1f s, heap peak so far %d MB%n", (previewed - start) / 1e9,
                    peakHeapMegabytes());
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            ImportResult result = services.archiveImport().importChosen(admin, preview, chosen, Status.ARCHIVED,
                    ImportProgress.NONE);
            long written = System.nanoTime();
            services.search().awaitIndexed();
            long end = System.nanoTime();
            System.out.printf(Locale.ROOT, "imported %d of %d items: write %.1f s, index %.1f s, total %.1f s%n",
                    result.imported(), preview.found(), (written - previewed) / 1e9, (end - written) / 1e9,
                    (end - start) / 1e9);
            System.out.printf(Locale.ROOT, "heap peak %d MB (after GC now: %d MB)%n", peakHeapMegabytes(),
                    usedAfterGc());
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of what was live at once. */
    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576;
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1048576;
    }
}
