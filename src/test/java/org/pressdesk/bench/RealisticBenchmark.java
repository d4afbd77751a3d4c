package org.pressdesk.bench;

import java.util.List;
import org.pressdesk.archive.RealisticSet;
import org.pressdesk.archive.UnderstandingScore;

/**
 * Quality of the archive reader's understanding on the labelled set in the style of real archives: the
 * development part by default, the first held-out part with "--held-out", the second (written after the first had
 * been scored) with "--second-held-out": score a held-out part only at the end of a piece of work.
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
        String part = options.contains("--second-held-out") ? "x" : options.contains("--held-out") ? "h" : "d";
        List<RealisticSet.Item> items = RealisticSet.load();
        UnderstandingScore score = UnderstandingScore.of(items, item -> item.part().equals(part));
        long count = items.stream().filter(item -> item.part().equals(part)).count();
        String name = switch (part) {
            case "x" -> "Second held-out";
            case "h" -> "Held-out";
            default -> "Development";
        };
        System.out.printf("%s part: %d of %d labelled texts%n%n", name, count, items.size());
        System.out.print(score.table());
        if (options.contains("-v")) {
            System.out.println();
            score.misses().forEach(System.out::println);
        }
    }
}
