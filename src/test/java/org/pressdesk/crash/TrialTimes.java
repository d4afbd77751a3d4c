package org.pressdesk.crash;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the crash trials' time goes, phase by phase (a child's start to its first line, its first step, the run
 * before the kill, the kill, the opening for the check, the check), summed over the trials of a run and printed at
 * its end, so that a slow run says what to cut.
 */
final class TrialTimes {
    private final Map<String, long[]> phases = new LinkedHashMap<>();

    /** Measures {@code phase} from {@code startNanos} until now, and returns now for the next phase. */
    synchronized long since(String phase, long startNanos) {
        long now = System.nanoTime();
        long[] sum = phases.computeIfAbsent(phase, p -> new long[2]);
        sum[0] += now - startNanos;
        sum[1]++;
        return now;
    }

    /** One line per phase: how many times it was measured, its total and its mean. */
    synchronized String summary() {
        StringBuilder text = new StringBuilder("where the trials' time went (summed over the lanes):");
        phases.forEach((phase, sum) -> text.append(String.format("%n  %-58s %3d × %6d ms = %7.1f s", phase, sum[1],
                Duration.ofNanos(sum[0] / Math.max(1, sum[1])).toMillis(), sum[0] / 1e9)));
        return text.toString();
    }
}
