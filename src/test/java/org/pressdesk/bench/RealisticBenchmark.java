package org.pressdesk.bench;

import java.util.List;
import org.pressdesk.archive.RealisticSet;
import org.pressdesk.archive.UnderstandingScore;

/**
 * Quality of the archive reader's understanding on the labelled set in the style of real archives: the
 * development part by default, the held-out part with "--held-out" (score it only at the end of a piece of work).
 * "-v" also lists every miss.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.pressdesk.bench.RealisticBenchmark
 * </pre>
 */
public final class RealisticBenchmark {
    private RealisticBenchmark() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        boolean heldOut = options.contains("--held-out");
        List<RealisticSet.Item> items = RealisticSet.load();
        UnderstandingScore score = UnderstandingScore.of(items, item -> item.heldOut() == heldOut);
        long count = items.stream().filter(item -> item.heldOut() == heldOut).count();
        System.out.printf("%s part: %d of %d labelled texts%n%n", heldOut ? "Held-out" : "Development", count,
                items.size());
        System.out.print(score.table());
        if (options.contains("-v")) {
            System.out.println();
            score.misses().forEach(System.out::println);
        }
    }
}
