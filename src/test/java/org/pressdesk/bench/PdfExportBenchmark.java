package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.pressdesk.pdf.CommuniquePdfWriter;
import org.pressdesk.pdf.PdfContent;
import org.pressdesk.pdf.SampleCommuniques;

/**
 * Times warm PDF exports of a one-page and a twenty-page communiqué with one reused writer, as the app does.
 * Not a JUnit test. Run after {@code mvn -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -DincludeScope=test}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pressdesk.bench.PdfExportBenchmark</pre>
 * Optional arguments: warm-up exports and timed exports per case (default 300 and 200). Wall-clock times suffer
 * when other processes share the cores; the exporting thread's CPU time shows the cost of an export itself.
 */
public final class PdfExportBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PdfExportBenchmark() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long start = System.nanoTime();
        CommuniquePdfWriter writer = new CommuniquePdfWriter();
        System.out.printf(Locale.ROOT, "writer built in %.1f ms%n", millis(System.nanoTime() - start));
        start = System.nanoTime();
        writer.toBytes(SampleCommuniques.onePage());
        System.out.printf(Locale.ROOT, "first export (cold JVM, fonts parsed) in %.1f ms%n",
                millis(System.nanoTime() - start));
        measure("1 page", writer, SampleCommuniques.onePage(), warmUp, runs);
        measure("20 pages", writer, SampleCommuniques.pages(20), warmUp / 5, runs / 4);
    }

    private static void measure(String name, CommuniquePdfWriter writer, PdfContent content, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            writer.toBytes(content);
        }
        long[] times = new long[runs];
        long[] cpuTimes = new long[runs];
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            pages = writer.toBytes(content).result().pageCount();
            cpuTimes[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);
        System.out.printf(Locale.ROOT, "%-8s (%2d pages, %d runs): median %.2f ms, p90 %.2f ms, min %.2f ms"
                + " | thread CPU median %.2f ms%n", name, pages, runs, millis(times[runs / 2]),
                millis(times[runs * 9 / 10]), millis(times[0]), millis(cpuTimes[runs / 2]));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
