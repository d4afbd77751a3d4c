package org.pressdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Durations by what was timed ("save", "list"...), kept whole so that percentiles are exact. */
final class Latencies {
    private final Map<String, List<Long>> byName = new ConcurrentHashMap<>();

    void add(String name, long nanos) {
        byName.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }

    <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add(name, System.nanoTime() - start);
        return result;
    }

    /** Removes and returns the durations named {@code name}. */
    List<Long> take(String name) {
        List<Long> values = byName.remove(name);
        if (values == null) {
            return List.of();
        }
        synchronized (values) {
            return new ArrayList<>(values);
        }
    }

    void addAll(String name, List<Long> nanos) {
        nanos.forEach(n -> add(name, n));
    }

    long count(String name) {
        return sorted(name).size();
    }

    double percentile(String name, double q) {
        List<Long> sorted = sorted(name);
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    /** "n=… p50 … p95 … p99 … max …" in milliseconds. */
    String describe(String name) {
        List<Long> sorted = sorted(name);
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                percentile(name, 0.50), percentile(name, 0.95), percentile(name, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private List<Long> sorted(String name) {
        List<Long> values = byName.getOrDefault(name, List.of());
        List<Long> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }
}
