package org.pressdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process as Linux counts it ({@code /proc/self/task}), the JIT's compiler threads
 * and the collector's threads included, which {@link java.lang.management.ThreadMXBean} does not show. Grouped by the
 * thread's name with its numbers dropped ("GC Thread#1" and "GC Thread#0" are one group). Empty elsewhere than Linux.
 */
record NativeThreadCpu(Map<String, Long> ticksByTask) {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

    static NativeThreadCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return new NativeThreadCpu(ticks);
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> read(task, ticks));
        } catch (IOException e) {
            return new NativeThreadCpu(ticks);
        }
        return new NativeThreadCpu(ticks);
    }

    private static void read(Path task, Map<String, Long> ticks) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] rest = stat.substring(close + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name
            long used = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
            ticks.put(task.getFileName() + " " + stat.substring(open + 1, close), used);
        } catch (IOException | RuntimeException e) {
            // a thread that ended meanwhile
        }
    }

    /** The milliseconds each group of threads spent since {@code before}, largest first, on one line. */
    String minus(NativeThreadCpu before) {
        Map<String, Long> spent = new TreeMap<>();
        ticksByTask.forEach((task, ticks) -> spent.merge(group(task), ticks - before.ticksByTask.getOrDefault(task, 0L),
                Long::sum));
        StringBuilder text = new StringBuilder("CPU by thread group (ms):");
        spent.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(String.format(Locale.ROOT, " %s %.0f;", e.getKey(), e.getValue() * TICK_MS)));
        return text.toString();
    }

    private static String group(String task) {
        return task.substring(task.indexOf(' ') + 1).replaceAll("[#\\-]?\\d+$", "").strip();
    }
}
