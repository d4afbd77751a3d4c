package org.pressdesk.bench;

import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** CPU time of this JVM's live threads, to tell what the search indexes, the screens and the people's steps cost. */
record CpuByThread(Map<Long, Long> cpuById, Map<Long, String> groupById) {
    static CpuByThread now(ThreadMXBean bean) {
        Map<Long, Long> cpu = new HashMap<>();
        Map<Long, String> groups = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            long nanos = bean.getThreadCpuTime(thread.getId());
            if (nanos > 0) {
                cpu.put(thread.getId(), nanos);
                groups.put(thread.getId(), group(thread.getName()));
            }
        }
        return new CpuByThread(cpu, groups);
    }

    private static String group(String name) {
        if (name.startsWith("pressdesk-index")) {
            return "search indexes";
        }
        if (name.startsWith("screen-")) {
            return "list refreshes";
        }
        return name.startsWith("pool-") ? "people's steps" : "other threads";
    }

    /** The CPU each group of threads spent since {@code before} (threads that ended meanwhile are not counted). */
    String minus(CpuByThread before) {
        Map<String, Long> spent = new TreeMap<>();
        cpuById.forEach((id, nanos) -> spent.merge(groupById.get(id), nanos - before.cpuById.getOrDefault(id, 0L),
                Long::sum));
        StringBuilder text = new StringBuilder("CPU by threads:");
        spent.forEach((group, nanos) -> text.append(String.format(Locale.ROOT, " %s %.1f s;", group, nanos / 1e9)));
        return text.toString();
    }
}
