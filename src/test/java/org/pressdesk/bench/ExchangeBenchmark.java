package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.exchange.ExportService;
import org.pressdesk.exchange.ImportResult;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.RevisionRepository;
import org.pressdesk.testing.Folders;

/**
 * Exchange of a large archive: N communiqués with three revisions each (a one-page text), exported by a field office
 * with {@code --all}, then checked and imported by headquarters. Not a JUnit test. Run after
 * {@code mvn -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=test}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.pressdesk.bench.ExchangeBenchmark 10000</pre>
 * It prints the export time, the file's size (and per revision), and the verify + import time.
 */
public final class ExchangeBenchmark {
    private static final char[] KEY = "benchmark-exchange".toCharArray();
    private static final String[] WORDS = ("le ministre a reçu en audience l’ambassadeur la représentante "
            + "coopération sanitaire éducation jeunes filles perspectives bilatérale échanges ont porté sur projet "
            + "région accord "
            + "financement formation hôpital route école eau potable agriculture élevage pêche jeunesse emploi "
            + "culture sport partenariat développement durable conférence presse délégation visite officielle")
            .split(" ");

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Path.of("target", "bench-exchange");
        Folders.delete(root);
        try (AppServices field = open(root.resolve("field")); AppServices hq = open(root.resolve("hq"))) {
            UserAccount fieldAdmin = field.accounts().createFirstAdministrator("terrain", "Terrain", KEY);
            UserAccount hqAdmin = hq.accounts().createFirstAdministrator("siege", "Siège", KEY);
            Office office = field.offices().create(fieldAdmin, "BUREAU/DAKAR", "Bureau de Dakar",
                    Office.Letterhead.empty(), ZoneId.of("Africa/Dakar"));
            field.installation().createIdentity(fieldAdmin, "Dakar", false, KEY);
            hq.installation().createIdentity(hqAdmin, "Siège", true, KEY);
            field.installation().addPeer(fieldAdmin, hq.installation().certificateFile(), "siege");
            hq.installation().addPeer(hqAdmin, field.installation().certificateFile(), "dakar");
            long fill = System.nanoTime();
            fill(field, fieldAdmin, office, count);
            System.out.printf("filled %,d communiqués x 3 revisions in %.1f s%n", count, seconds(fill));
            Path file = root.resolve("dakar-siege.pdx");
            long export = System.nanoTime();
            long exportCpu = cpu();
            ExportService.Exported sent = field.exchangeExport().export(fieldAdmin, "siege", file, true, KEY);
            double exportSeconds = seconds(export);
            double exportCpuSeconds = (cpu() - exportCpu) / 1e9;
            long size = Files.size(file);
            System.gc();
            long importStart = System.nanoTime();
            long importCpu = cpu();
            HeapPeak heap = HeapPeak.start();
            ImportResult received = hq.exchangeImport().importFile(hqAdmin, file);
            double importSeconds = seconds(importStart);
            double importCpuSeconds = (cpu() - importCpu) / 1e9;
            System.out.printf("export: %.1f s, thread CPU %.1f s (%,d revisions, %,d items)%n", exportSeconds,
                    exportCpuSeconds, sent.carried().revisions(), sent.carried().items());
            System.out.printf("file: %,d bytes, %,d bytes per revision%n", size, size / (3L * count));
            System.out.printf("verify + import: %.1f s, thread CPU %.1f s (%,d communiqués, %,d revisions)%n",
                    importSeconds, importCpuSeconds, received.newCommuniques(), received.newRevisions());
            System.out.printf("heap used after collections during the import: at most %,d MB (max heap %,d MB)%n",
                    heap.stop() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("load average at the end: %.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static AppServices open(Path directory) {
        return AppServices.open(DataDirectory.prepare(directory), new AppServices.Settings(Clock.systemUTC(),
                new PasswordHasher(1_000), duration -> { }, CertificateService.Strength.production()));
    }

    /** Three revisions of a one-page text (about 2,500 characters) per communiqué, written in batches. */
    private static void fill(AppServices services, UserAccount author, Office office, int count) {
        CommuniqueRepository communiques = new CommuniqueRepository(services.database());
        RevisionRepository revisions = new RevisionRepository(services.database());
        Random random = new Random(13);
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        for (int done = 0; done < count; done += 500) {
            int first = done;
            int last = Math.min(count, done + 500);
            services.database().inTransaction(() -> {
                for (int i = first; i < last; i++) {
                    Instant at = start.plusSeconds(3_600L * i);
                    String body = page(random);
                    CommuniqueContent content = content("Communiqué n° " + i, body, office, at);
                    long id = communiques.insert(UUID.randomUUID(), content, office.code(), Status.DRAFT,
                            author.id(), at);
                    for (int n = 1; n <= 3; n++) {
                        CommuniqueContent revised = n == 1 ? content
                                : content("Communiqué n° " + i, body + " " + page(random).substring(0, 300),
                                        office, at);
                        body = revised.body();
                        long rev = revisions.insert(UUID.randomUUID(), id, n, revised,
                                ContentHash.of(revised, office.code()), author.id(), at.plusSeconds(n));
                        communiques.updateContent(id, n, revised, office.code(), n, rev, author.id(),
                                at.plusSeconds(n));
                    }
                }
            });
        }
    }

    private static CommuniqueContent content(String title, String body, Office office, Instant at) {
        return new CommuniqueContent(title, body, Genre.values()[0], office.id(), "Dakar",
                LocalDate.ofInstant(at, ZoneOffset.UTC), "fr");
    }

    private static String page(Random random) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 2_500) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** CPU time of this thread: on a shared machine, the fairer figure next to wall-clock time. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
