package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pressdesk.tagging.LabelledSet;
import org.pressdesk.tagging.QualityReport;
import org.pressdesk.tagging.TagSuggester;

/**
 * Quality and speed of tag suggestions. Prints precision and recall per kind on the labelled communiqués (all of
 * them, then the development files and the held-out files apart), and the median and 90th percentile time to read
 * a 5,000-character text once the JVM is warm. Argument: "-v" also lists every miss.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.pressdesk.bench.TaggingBenchmark
 * </pre>
 */
public final class TaggingBenchmark {
    private static final int WARM_UP = 1_000;
    private static final int RUNS = 1_000;

    private TaggingBenchmark() {
    }

    public static void main(String[] args) {
        TagSuggester suggester = TagSuggester.builtIn("ML");
        List<LabelledSet.Item> items = LabelledSet.load();
        QualityReport all = QualityReport.of(suggester, items, item -> true);
        System.out.printf("Labelled communiqués: %d (own country: Mali)%n%n", items.size());
        System.out.print(all.table());
        System.out.printf("%nDevelopment files (01-%02d):%n", LabelledSet.LAST_DEVELOPMENT_FILE);
        System.out.print(QualityReport.of(suggester, items, item -> !item.heldOut()).table());
        System.out.printf("%nHeld-out files (%02d-):%n", LabelledSet.LAST_DEVELOPMENT_FILE + 1);
        System.out.print(QualityReport.of(suggester, items, LabelledSet.Item::heldOut).table());
        if (args.length > 0 && args[0].equals("-v")) {
            System.out.println();
            all.misses().forEach(System.out::println);
        }
        timing(suggester, items);
    }

    private static void timing(TagSuggester suggester, List<LabelledSet.Item> items) {
        String text = fiveThousandCharacters(items);
        for (int i = 0; i < WARM_UP; i++) {
            suggester.suggest("Communiqué", text);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>(RUNS);
        List<Long> cpu = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            suggester.suggest("Communiqué", text);
            wall.add(System.nanoTime() - start);
            cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
        }
        System.out.printf("%nSuggestions for a %d-character text, warm (%d runs after %d):%n", text.length(), RUNS,
                WARM_UP);
        System.out.printf("  wall clock: median %.2f ms, p90 %.2f ms%n", median(wall), p90(wall));
        System.out.printf("  CPU time:   median %.2f ms, p90 %.2f ms   (the wall clock grows when other programs"
                + " share the processor; load average %.1f)%n", median(cpu), p90(cpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double p90(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() * 9 / 10) / 1e6;
    }

    /** Labelled bodies one after the other, cut at the last space before 5,000 characters. */
    static String fiveThousandCharacters(List<LabelledSet.Item> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 5_000; i++) {
            text.append(items.get(i % items.size()).body()).append("\n\n");
        }
        return text.substring(0, text.lastIndexOf(" ", 5_000));
    }
}
