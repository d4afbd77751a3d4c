package org.pressdesk.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.AuditEvent;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.AuditRepository;
import org.pressdesk.store.SettingsRepository;

/**
 * The audit chain's serial point alone: many threads appending entries as fast as they can, in turns of a few
 * seconds, linked by the server in one statement (what PressDesk does, decision 0045) or as before, in four round
 * trips under the head's lock (read and lock, insert, move the head, commit). Alternating the two in one run puts
 * both under the same load of the machine.
 */
final class ChainLinkRace {
    private static final String HEAD = "audit.head";

    private final List<AppServices> desks;
    private final UserAccount actor;

    ChainLinkRace(List<AppServices> desks, UserAccount actor) {
        this.desks = desks;
        this.actor = actor;
    }

    void run(int threads, int seconds, int rounds) throws Exception {
        Latencies oneStatement = new Latencies();
        Latencies fourTrips = new Latencies();
        double[] elapsed = new double[2];
        for (int round = 0; round < rounds; round++) {
            elapsed[0] += race(threads, seconds, oneStatement, true);
            elapsed[1] += race(threads, seconds, fourTrips, false);
        }
        System.out.printf(Locale.ROOT, "%n== the audit chain alone: %d threads on %d desktops appending without pause,"
                + " %d turns of %d s each way (load average now %s)%n", threads, desks.size(), rounds, seconds,
                ServerLoadBenchmark.loadAverage());
        System.out.printf(Locale.ROOT, "  linked by the server, one statement: %.0f entries/s, %s%n",
                oneStatement.count("append") / elapsed[0], oneStatement.describe("append"));
        System.out.printf(Locale.ROOT, "  linked in Java, four round trips:    %.0f entries/s, %s%n",
                fourTrips.count("append") / elapsed[1], fourTrips.describe("append"));
    }

    private double race(int threads, int seconds, Latencies into, boolean byServer) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        AtomicLong n = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            AppServices desk = desks.get(t % desks.size());
            running.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    String detail = "course=" + n.incrementAndGet();
                    into.time("append", () -> {
                        if (byServer) {
                            desk.audit().record(actor, AuditKind.COMMENTED, null, detail);
                        } else {
                            desk.database().inTransaction(() -> linkInJava(desk, detail));
                        }
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - started) / 1e9;
    }

    /** The append as it was before decision 0045: the same hash, computed here between the round trips. */
    private void linkInJava(AppServices desk, String detail) {
        SettingsRepository settings = new SettingsRepository(desk.database());
        String previous = settings.getForUpdate(HEAD).orElseThrow();
        AuditEvent entry = new AuditEvent(0, UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor.id(), actor.username(), AuditKind.COMMENTED, null, detail, previous, null);
        String hash = ContentHash.sha256(field(previous) + field(entry.uuid().toString())
                + field(entry.occurredAt().toString()) + field(String.valueOf(actor.id())) + field(actor.username())
                + field(entry.kind().name()) + field("") + field(detail));
        new AuditRepository(desk.database()).insert(new AuditEvent(0, entry.uuid(), entry.occurredAt(), actor.id(),
                actor.username(), entry.kind(), null, detail, previous, hash));
        settings.replaceLocked(HEAD, hash);
    }

    private static String field(String value) {
        return value.length() + ":" + value + "\n";
    }
}
