package org.pressdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestPostgres;

/**
 * Headquarters under load: N desktops (threads, each with its own connections, services, change feed and search
 * index) on one throw-away PostgreSQL server for S seconds. Three in four are editors (new draft, two saves, the
 * list's first page, submit), the others managers (the list, the review queue, approve). Prints operations per
 * second, p50/p95/p99 of a save and of the list's first page, and how long a save takes to be heard by the other
 * desktops. Not a JUnit test. Run after
 * {@code mvn -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=test}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pressdesk.bench.ServerLoadBenchmark
 * 20 120</pre>
 */
public final class ServerLoadBenchmark {
    private static final char[] PASSWORD = "benchmark-password".toCharArray();
    private static final ListQuery FIRST_PAGE = new ListQuery("", 0, 100);

    private final List<Long> saves = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> lists = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> heard = Collections.synchronizedList(new ArrayList<>());
    /** Per communiqué, its last save: when it returned, on which desktop, and the desktops that heard it since. */
    private final Map<Long, Saved> committedAt = new ConcurrentHashMap<>();

    private record Saved(long at, int desk, java.util.Set<Integer> heardBy) {
    }
    /** The saving thread's CPU time per save: what the save costs this side, apart from waiting. */
    private final List<Long> saveCpu = Collections.synchronizedList(new ArrayList<>());
    private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    private final ServerWaits waits = new ServerWaits();
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        new ServerLoadBenchmark().run(clients, seconds);
        System.exit(0);
    }

    private void run(int clients, int seconds) throws Exception {
        TestPostgres server = TestPostgres.server();
        ServerAddress address = server.createDatabase();
        Path folder = Files.createTempDirectory("pressdesk-load");
        List<AppServices> desks = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int desk = i;
            AppServices services = AppServices.open(DataDirectory.prepare(folder.resolve("poste" + i)),
                    Database.connect(address, server.superuser(), Database.Schema.MIGRATE),
                    new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
            services.database().addChangeListener(ids -> hear(desk, ids));
            desks.add(services);
        }
        AppServices first = desks.get(0);
        UserAccount admin = first.accounts().createFirstAdministrator("admin", "Awa", PASSWORD);
        Office office = first.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        List<UserAccount> people = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Role role = i % 4 == 3 ? Role.MANAGER : Role.EDITOR;
            people.add(first.accounts().createAccount(admin, "agent" + i, null, role, PASSWORD));
        }
        String loadBefore = loadAverage();
        waits.start(first.database());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            AppServices desk = desks.get(i);
            UserAccount person = people.get(i);
            int number = i;
            work.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    if (person.role() == Role.MANAGER) {
                        manage(desk, person);
                    } else {
                        edit(desk, person, office, number);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        waits.stop();
        System.out.println("load average before: " + loadBefore + ", after: " + loadAverage());
        threads.shutdown();
        Thread.sleep(3_000);
        report(clients, elapsed, first);
        // No orderly close: each simulated desktop would first finish its search index's backlog, which on one
        // machine holding twenty desktops' indexes takes minutes. The exit stops the throw-away server.
    }

    private void edit(AppServices desk, UserAccount editor, Office office, int number) {
        Communique draft = timed(saves, number, () -> desk.communiques().create(editor, content(office, number, 0)));
        for (int edit = 1; edit <= 2; edit++) {
            Communique base = draft;
            int e = edit;
            draft = timed(saves, number, () -> desk.communiques().save(editor, base.id(), base.version(),
                    content(office, number, e)));
        }
        timed(lists, number, () -> desk.communiques().list(FIRST_PAGE));
        desk.reviews().submit(editor, draft.id());
        operations.incrementAndGet();
    }

    private void manage(AppServices desk, UserAccount manager) {
        timed(lists, -1, () -> desk.communiques().list(FIRST_PAGE));
        List<CommuniqueSummary> queue = desk.reviews().queue();
        operations.incrementAndGet();
        if (queue.isEmpty()) {
            pause();
            return;
        }
        CommuniqueSummary pick = queue.get((int) (Math.random() * queue.size()));
        try {
            desk.reviews().approve(manager, pick.id(), null);
            operations.incrementAndGet();
        } catch (ConflictException | org.pressdesk.domain.RuleViolationException e) {
            conflicts.incrementAndGet();
        }
    }

    private static CommuniqueContent content(Office office, int desk, int edit) {
        return new CommuniqueContent("Communiqué du poste " + desk + " " + System.nanoTime(),
                "Le Ministre a reçu en audience, version " + edit + ".", Genre.PRESS_RELEASE, office.id(), "Bamako",
                LocalDate.of(2026, 2, 3), "fr");
    }

    private <T> T timed(List<Long> into, int desk, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        T result = work.get();
        long end = System.nanoTime();
        into.add(end - start);
        if (into == saves) {
            saveCpu.add(cpu.getCurrentThreadCpuTime() - cpuStart);
        }
        operations.incrementAndGet();
        if (result instanceof Communique c && into == saves) {
            committedAt.put(c.id(), new Saved(end, desk, ConcurrentHashMap.newKeySet()));
        }
        return result;
    }

    private void hear(int desk, java.util.Set<Long> ids) {
        long now = System.nanoTime();
        for (Long id : ids) {
            Saved saved = committedAt.get(id);
            if (saved != null && saved.desk() != desk && saved.heardBy().add(desk)) {
                heard.add(now - saved.at());
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int clients, double seconds, AppServices any) {
        System.out.printf(Locale.ROOT, "%d desktops, %.0f s: %d operations, %.1f ops/s, %d refused (conflict or "
                + "rule)%n", clients, seconds, operations.get(), operations.get() / seconds, conflicts.get());
        System.out.println("save (create or new revision): " + percentiles(saves));
        System.out.println("save, this thread's CPU:       " + percentiles(saveCpu));
        System.out.println("list, first page of 100:       " + percentiles(lists));
        System.out.println("change heard by other desktops: " + percentiles(heard));
        System.out.println("server sessions inside a transaction, sampled every 50 ms: " + waits.summary());
        System.out.println("communiqués on the server: " + any.communiques().ids().size()
                + ", audit chain intact: " + any.auditVerifier().verify().intact());
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
