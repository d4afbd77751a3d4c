package org.pressdesk.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pressdesk.store.Database;

/**
 * A sampling profile of the server side of the load: every 50 ms, what each PressDesk session that is inside a
 * transaction is doing (pg_stat_activity): waiting for a row lock, for the program (ClientRead: the Java side is
 * working or waiting for a core), on the server's CPU, or on input/output. Tells lock waits from CPU starvation.
 */
final class ServerWaits {
    private final Map<String, AtomicLong> samples = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread thread;

    void start(Database database) {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                try {
                    database.dsl().fetch("select state, wait_event_type, wait_event, query from pg_stat_activity"
                            + " where datname = current_database() and pid <> pg_backend_pid()"
                            + " and backend_type = 'client backend' and state in ('active', 'idle in transaction')")
                            .forEach(r -> count(r.get(0, String.class), r.get(1, String.class),
                                    r.get(2, String.class), r.get(3, String.class)));
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a sample lost
                }
            }
        }, "server-waits");
        thread.setDaemon(true);
        thread.start();
    }

    private void count(String state, String type, String event, String query) {
        String what = type == null ? ("active".equals(state) ? "server CPU" : state)
                : type + ":" + event;
        if ("Lock".equals(type) && query != null) {
            String q = query.toLowerCase(java.util.Locale.ROOT);
            what += q.contains("app_setting") ? " (audit head)" : q.contains("communique") ? " (communiqué row)" : "";
        }
        samples.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    String summary() {
        long total = samples.values().stream().mapToLong(AtomicLong::get).sum();
        StringBuilder text = new StringBuilder();
        new TreeMap<>(samples).forEach((what, n) -> text.append(String.format(java.util.Locale.ROOT,
                "%n  %-40s %6d (%4.1f %%)", what, n.get(), 100.0 * n.get() / Math.max(1, total))));
        return total + " samples" + text;
    }
}
