package org.pressdesk.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.pdf.CommuniquePdfWriter;
import org.pressdesk.publication.KeySignature;
import org.pressdesk.pdf.PdfContent;
import org.pressdesk.pdf.PdfContentFactory;
import org.pressdesk.pdf.PdfSigner;
import org.pressdesk.publication.PdfBatch;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.publication.WritePublicationSamples;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.signing.SigningKey;

/**
 * Publication timings, not a JUnit test: a warm one-page approved PDF/A-2b export (the writer alone, and the whole
 * service export to a file), the same signed with a production RSA-3072 key, a batch of 1,000 approved
 * communiqués, and LibreOffice converting the same texts. Run after {@code mvn -B test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=runtime}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pressdesk.bench.PublicationBenchmark
 * [OUT_DIR] [BATCH]</pre>
 * The runtime class path keeps veraPDF's Saxon out, as in the real program. Wall-clock times suffer when other
 * processes share the cores; the exporting thread's CPU time shows the cost of an export itself. LibreOffice runs
 * when {@code soffice} is on the PATH, 200 files per process: one process given all 1,000 stopped after 248 here.
 */
public final class PublicationBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int LIBREOFFICE_CHUNK = 200;

    private PublicationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/publication-benchmark");
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Files.createDirectories(out);
        try (PublicationFixture fixture = new PublicationFixture(Files.createTempDirectory(out, "data"))) {
            Communique approved = fixture.approved(fixture.content("Audience accordée à l’Ambassadeur du Japon",
                    WritePublicationSamples.BODY, null));
            PdfContent content = new PdfContentFactory("PressDesk bench").create(approved.content(),
                    fixture.office, new PdfContentFactory.Edition(approved.reference(), false, true), Map.of(),
                    Instant.now());
            CommuniquePdfWriter writer = new CommuniquePdfWriter();
            SigningKey key = productionKey(out, fixture);
            time("one page, PDF/A-2b, writer only", 300, 300, () -> writer.toBytes(content));
            time("one page, PDF/A-2b, signed (RSA 3072)", 200, 200, () -> sign(writer, content, key));
            Path files = Files.createDirectories(out.resolve("single"));
            time("one page, service export to a file", 100, 200,
                    () -> fixture.services.pdfExport().exportTo(fixture.editor, approved.id(),
                            files.resolve("one.pdf")));
            batch(fixture, out, batch);
        }
    }

    private static SigningKey productionKey(Path out, PublicationFixture fixture) throws Exception {
        try (AppServices services = AppServices.open(DataDirectory.prepare(Files.createTempDirectory(out, "keys")),
                new AppServices.Settings(fixture.clock, new PasswordHasher(1_000), d -> { },
                        CertificateService.Strength.production()))) {
            UserAccount admin = services.accounts().createFirstAdministrator("admin", "Admin", "motdepasse-x"
                    .toCharArray());
            var office = services.offices().create(admin, "BIP/MAECI", fixture.office.name(),
                    fixture.office.letterhead(), fixture.office.timeZone());
            services.certificates().generate(admin, office, PublicationFixture.SIGNING_PASSWORD);
            return services.certificates().signingKey(office);
        }
    }

    private static byte[] sign(CommuniquePdfWriter writer, PdfContent content, SigningKey key) throws Exception {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(96 * 1024);
        PdfSigner.sign(writer.toBytes(content).bytes(), new KeySignature(key), Instant.now(), "Publication", "Bamako",
                signed);
        return signed.toByteArray();
    }

    private static void batch(PublicationFixture fixture, Path out, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        Path texts = Files.createDirectories(out.resolve("texts"));
        for (int i = 0; i < count; i++) {
            String title = "Audience n° " + (i + 1) + " accordée à une délégation";
            Communique c = fixture.approved(fixture.content(title, WritePublicationSamples.BODY, null));
            ids.add(c.id());
            Files.writeString(texts.resolve(String.format(Locale.ROOT, "c%04d.txt", i)),
                    title + "\n\n" + WritePublicationSamples.BODY, StandardCharsets.UTF_8);
        }
        for (int threads : new int[] {1, 2}) {
            Path target = Files.createDirectories(out.resolve("batch-" + threads));
            long start = System.nanoTime();
            long cpuStart = processCpu();
            export(fixture, ids, target, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpu() - cpuStart) / 1e6 / count;
            System.out.printf(Locale.ROOT, "batch of %d approved PDF/A-2b communiqués, %d thread(s): %.1f s "
                    + "(%.1f ms per document; process CPU %.1f ms per document)%n", count, threads, seconds,
                    seconds * 1000 / count, cpu);
        }
        libreOffice(texts, out.resolve("libreoffice"), count);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** LibreOffice converting the same texts, one process per 200 files, and one file alone. */
    private static void libreOffice(Path texts, Path target, int count) throws Exception {
        List<String> files;
        try (var list = Files.list(texts)) {
            files = list.map(Path::toString).sorted().toList();
        }
        Files.createDirectories(target);
        long start = System.nanoTime();
        for (int from = 0; from < files.size(); from += LIBREOFFICE_CHUNK) {
            List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--convert-to", "pdf",
                    "--outdir", target.toString()));
            command.addAll(files.subList(from, Math.min(files.size(), from + LIBREOFFICE_CHUNK)));
            if (!run(command)) {
                System.out.println("LibreOffice (soffice) is not available: skipped");
                return;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long written;
        try (var list = Files.list(target)) {
            written = list.count();
        }
        System.out.printf(Locale.ROOT, "LibreOffice headless, %d texts (%d PDFs written): %.1f s (%.1f ms per "
                + "document)%n", count, written, seconds, seconds * 1000 / count);
        long one = System.nanoTime();
        run(List.of("soffice", "--headless", "--convert-to", "pdf", "--outdir", target.resolve("one").toString(),
                files.get(0)));
        System.out.printf(Locale.ROOT, "LibreOffice headless, one text in its own process: %.0f ms%n",
                (System.nanoTime() - one) / 1e6);
    }

    private static boolean run(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void export(PublicationFixture fixture, List<Long> ids, Path target, int threads)
            throws Exception {
        PdfBatch batch = fixture.services.pdfExport().batch(target, Cancellation.none());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (long id : ids) {
            done.add(pool.submit(() -> batch.export(fixture.editor, id)));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void time(String name, int warmUp, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            work.run();
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-40s median %.2f ms, p90 %.2f ms, min %.2f ms | thread CPU median %.2f ms"
                + " (%d runs)%n", name, times[runs / 2] / 1e6, times[runs * 9 / 10] / 1e6, times[0] / 1e6,
                cpu[runs / 2] / 1e6, runs);
    }
}
