package org.pressdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.app.LoadBenchmarkDesks;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestPostgres;

/**
 * Headquarters at work: N desktops (threads, each with its own connections, services, change feed and list that
 * follows colleagues' commits; three of them with a search index, see {@link #ALL_INDEXES}) on one throw-away PostgreSQL server. Three in four are editors, the others
 * managers, working with a person's pauses ({@link PeopleAtWork}) for S seconds; then the same steps without pauses
 * for T seconds (saturation). Before both, a reference on the same machine at the same moment: one desktop alone,
 * and a bare round trip. Prints the load average beside every phase, the offered load, p50/p95/p99 of each step,
 * the time for a colleague's save to reach the other screens (notified, then visible in the refreshed list), the
 * search index's catch-up, and what the program's own threads spent; last, the audit chain's serial point alone
 * ({@link ChainLinkRace}). Not a JUnit test. Run after
 * {@code mvn -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=test}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pressdesk.bench.ServerLoadBenchmark
 * 20 120 30</pre>
 */
public final class ServerLoadBenchmark {
    private static final char[] PASSWORD = "benchmark-password".toCharArray();
    private static final String[] STEPS = {"save", "autosave", "list", "review queue", "approve", "submit",
        "list refresh", "notified", "notified, never", "visible", "visible, never", "index catch-up",
        "index catch-up, not found by the end"};

    /**
     * Whether all N simulated desktops keep a search index, checked against the database at start as the window does,
     * and index every commit they hear. By default only the probed desktops do, and the others keep none: twenty
     * desktops indexing every commit on the two cores the server and the savers use is not what an office's server
     * sees, since each real desktop indexes on its own machine. Until 4 December 2026 (part E in the benchmarks) the
     * others indexed every commit they heard without a check, their index opening at the first.
     */
    private static final boolean ALL_INDEXES = Boolean.getBoolean("bench.allIndexes");

    private final ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
    private final ColleagueScreens screens = new ColleagueScreens();
    private final List<AppServices> desks = new ArrayList<>();
    private final List<UserAccount> people = new ArrayList<>();
    private Office office;
    private TestPostgres server;
    private ServerStatements statements;

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int saturation = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        new ServerLoadBenchmark().run(clients, seconds, saturation);
        System.exit(0);
    }

    private void run(int clients, int seconds, int saturation) throws Exception {
        System.out.printf(Locale.ROOT, "ServerLoadBenchmark %d %d %d, %s, %d cores, java %s%n", clients, seconds,
                saturation, Instant.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        server = TestPostgres.server();
        ServerAddress address = server.createDatabase();
        Path folder = Files.createTempDirectory("pressdesk-load");
        for (int i = 0; i < clients; i++) {
            desks.add(AppServices.open(DataDirectory.prepare(folder.resolve("poste" + i)),
                    Database.connect(address, server.superuser(), Database.Schema.MIGRATE),
                    new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { })));
            if (i == 0) {
                statements = new ServerStatements(desks.get(0).database());
                setUp(clients);
                reference();
            }
        }
        // Each desktop's index checked against the database, as the window's start does; by default only on the
        // desktops whose searches the index probe asks
        System.out.println(ALL_INDEXES ? "every desktop keeps a search index, checked at start (-Dbench.allIndexes=true)"
                : "the " + searching().size() + " probed desktops keep a search index, checked at start; the others"
                + " keep none");
        if (!ALL_INDEXES) {
            desks.stream().filter(desk -> !searching().contains(desk)).forEach(LoadBenchmarkDesks::keepNoSearchIndex);
        }
        (ALL_INDEXES ? desks : searching()).forEach(desk -> desk.search().check((done, total) -> { }));
        for (int i = 0; i < clients; i++) {
            screens.follow(i, desks.get(i));
        }
        phase("people at work, with pauses", seconds, true);
        phase("saturation, no pauses", saturation, false);
        new ChainLinkRace(desks, people.get(0)).run(16, 5, 3);
        System.out.println("communiqués on the server: " + desks.get(0).communiques().ids().size()
                + ", audit chain intact: " + desks.get(0).auditVerifier().verify().intact());
        // No orderly close: each simulated desktop would first finish its search index's backlog. The exit stops
        // the throw-away server.
    }

    private void setUp(int clients) {
        AppServices first = desks.get(0);
        UserAccount admin = first.accounts().createFirstAdministrator("admin", "Awa", PASSWORD);
        office = first.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        for (int i = 0; i < clients; i++) {
            Role role = i % 4 == 3 ? Role.MANAGER : Role.EDITOR;
            people.add(first.accounts().createAccount(admin, "agent" + i, null, role, PASSWORD));
        }
        people.add(first.accounts().createAccount(admin, "sonde", null, Role.EDITOR, PASSWORD));
    }

    /**
     * One desktop alone on the server, and a bare round trip, at the same moment of the machine's load: what the
     * phases' figures are to be compared with.
     */
    private void reference() {
        AppServices alone = desks.get(0);
        UserAccount editor = people.get(0);
        Latencies reference = new Latencies();
        for (int i = 0; i < 30; i++) { // warming up: the first saves of a JVM are compiled as they go
            alone.communiques().create(editor, PeopleAtWork.content(office, 0, 0));
        }
        for (int i = 0; i < 300; i++) {
            reference.time("select 1", () -> alone.database().dsl().fetchValue("select 1"));
        }
        for (int i = 0; i < 30; i++) {
            Communique draft = reference.time("save", () -> alone.communiques().create(editor,
                    PeopleAtWork.content(office, 0, 0)));
            reference.time("save", () -> alone.communiques().save(editor, draft.id(), draft.version(),
                    PeopleAtWork.content(office, 0, 1)));
            reference.time("list", () -> alone.communiques().list(ColleagueScreens.FIRST_PAGE));
        }
        System.out.println("\n== reference: one desktop alone on the server (load average " + loadAverage() + ")");
        for (String step : new String[] {"select 1", "save", "list"}) {
            System.out.printf(Locale.ROOT, "  %-16s %s%n", step, reference.describe(step));
        }
    }

    private void phase(String name, int seconds, boolean pauses) throws Exception {
        Latencies latencies = new Latencies();
        screens.measureInto(new Latencies()); // what was heard before this phase is left out
        ServerWaits waits = new ServerWaits();
        String loadBefore = loadAverage();
        long cpuBefore = processCpu();
        CpuByThread threadsBefore = CpuByThread.now(threadCpu);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        PeopleAtWork work = new PeopleAtWork(latencies, screens, pauses, until);
        waits.start(desks.get(0).database());
        statements.reset();
        long logFrom = LockWaitLog.size(server.log());
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(desks.size() + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < desks.size(); i++) {
            AppServices desk = desks.get(i);
            UserAccount person = people.get(i);
            int number = i;
            Random random = new Random(1_000 + i);
            running.add(threads.submit(() -> {
                if (person.role() == Role.MANAGER) {
                    work.manage(desk, person, random);
                } else {
                    work.edit(desk, person, office, number, random);
                }
                return null;
            }));
        }
        if (pauses) {
            List<AppServices> searching = searching();
            running.add(threads.submit(() -> {
                new IndexProbe(latencies, until).run(desks.get(0), people.get(people.size() - 1), office,
                        searching);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        waits.stop();
        String cpu = String.format(Locale.ROOT, "  CPU of this JVM: %.1f s over %.0f s (%.2f cores); %s",
                (processCpu() - cpuBefore) / 1e9, elapsed, (processCpu() - cpuBefore) / 1e9 / elapsed,
                CpuByThread.now(threadCpu).minus(threadsBefore));
        threads.shutdown();
        Thread.sleep(3_000); // the last notifications and refreshes
        screens.measureInto(latencies);
        report(name, elapsed, latencies, work, waits, loadBefore);
        System.out.println(cpu);
        System.out.println("  " + statements.summary(14));
        System.out.println("  " + LockWaitLog.since(server.log(), logFrom));
    }

    /** The desktops whose searches the index probe asks: a quarter, half way and the last. */
    private List<AppServices> searching() {
        return List.of(desks.get(desks.size() / 4), desks.get(desks.size() / 2), desks.get(desks.size() - 1));
    }

    private void report(String name, double seconds, Latencies latencies, PeopleAtWork work, ServerWaits waits,
            String loadBefore) {
        long steps = 0;
        for (String step : new String[] {"save", "autosave", "list", "review queue", "approve", "submit"}) {
            steps += latencies.count(step);
        }
        System.out.printf(Locale.ROOT, "%n== %s: %d desktops, %.0f s (load average before %s, after %s)%n", name,
                desks.size(), seconds, loadBefore, loadAverage());
        System.out.printf(Locale.ROOT, "  offered by the people: %d steps, %.2f /s (saves %.2f /s, autosaves %.2f /s);"
                + " list refreshes on colleagues' commits %.2f /s; %d approvals refused (a colleague was first)%n",
                steps, steps / seconds, latencies.count("save") / seconds, latencies.count("autosave") / seconds,
                latencies.count("list refresh") / seconds, work.refused());
        for (String step : STEPS) {
            System.out.printf(Locale.ROOT, "  %-16s %s%n", step, latencies.describe(step));
        }
        System.out.println("  server sessions inside a transaction, sampled every 50 ms: " + waits.summary());
    }

    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
