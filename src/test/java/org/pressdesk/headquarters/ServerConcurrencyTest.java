package org.pressdesk.headquarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.store.Database;
import org.pressdesk.testing.TestPostgres;

/**
 * Several desktops on one server at once, each with its own connections, services and search index: editors save
 * and submit, managers approve, one imports an archive. Nothing is lost or doubled, the audit chain holds, every
 * reference is given once and without a gap, and every desktop's list and index converge on the same communiqués.
 */
class ServerConcurrencyTest {
    private static final char[] PASSWORD = "motdepasse-test".toCharArray();
    private static final int EDITORS = 2;
    private static final int DRAFTS_EACH = 4;
    /**
     * The promise is two seconds (measured by bench.ServerLoadBenchmark); the index's own catch-up is given more here,
     * since a shared test machine can be many times overloaded.
     */
    private static final Duration INDEX_CATCH_UP = Duration.ofSeconds(30);

    @TempDir
    Path tempDir;

    private TestPostgres server;
    private ServerAddress address;
    private final List<AppServices> clients = new ArrayList<>();
    private final List<UserAccount> editors = new ArrayList<>();
    private final List<UserAccount> managers = new ArrayList<>();
    private Office office;

    @BeforeEach
    void setUp() {
        server = TestPostgres.server();
        address = server.createDatabase();
        AppServices first = client(0);
        UserAccount admin = first.accounts().createFirstAdministrator("admin", "Awa", PASSWORD);
        office = first.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        for (int i = 0; i < EDITORS; i++) {
            editors.add(first.accounts().createAccount(admin, "redacteur" + i, null, Role.EDITOR, PASSWORD));
        }
        for (int i = 0; i < 2; i++) {
            managers.add(first.accounts().createAccount(admin, "direction" + i, null, Role.MANAGER, PASSWORD));
        }
        for (int i = 1; i < EDITORS + 2; i++) {
            client(i);
        }
    }

    private AppServices client(int number) {
        AppServices services = AppServices.open(DataDirectory.prepare(tempDir.resolve("poste" + number)),
                Database.connect(address, server.superuser(), Database.Schema.MIGRATE),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
        services.search(); // a desktop's index is open once it has started, as the window's start-up prepares it
        clients.add(services);
        return services;
    }

    @AfterEach
    void closeClients() {
        clients.forEach(AppServices::close);
    }

    private CommuniqueContent content(String title) {
        return new CommuniqueContent(title, "Le Ministre a reçu " + title + ".", Genre.PRESS_RELEASE, office.id(),
                "Bamako", LocalDate.of(2026, 2, 3), "fr");
    }

    @Test
    void manyDesktopsAtOnceLoseNothingAndConverge() throws Exception {
        ConcurrentLinkedQueue<Long> submitted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> approved = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(EDITORS + 3);
        ExecutorService threads = Executors.newFixedThreadPool(EDITORS + 3);
        List<Future<?>> work = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            AppServices desk = clients.get(e + 1);
            UserAccount editor = editors.get(e);
            work.add(threads.submit(() -> {
                start.await();
                for (int d = 0; d < DRAFTS_EACH; d++) {
                    Communique draft = desk.communiques().create(editor, content("dossier " + editor.username() + d));
                    draft = desk.communiques().save(editor, draft.id(), draft.version(),
                            content("dossier " + editor.username() + d + " relu"));
                    desk.reviews().submit(editor, draft.id());
                    submitted.add(draft.id());
                }
                return null;
            }));
        }
        for (int m = 0; m < 2; m++) {
            AppServices desk = clients.get(EDITORS + 1 - m);
            UserAccount manager = managers.get(m);
            work.add(threads.submit(() -> {
                start.await();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
                while (approved.size() < EDITORS * DRAFTS_EACH && System.nanoTime() < until) {
                    Long id = submitted.poll();
                    if (id == null) {
                        Thread.sleep(20);
                        continue;
                    }
                    desk.reviews().approve(manager, id, null);
                    approved.add(id);
                }
                return null;
            }));
        }
        AppServices importer = clients.get(0);
        work.add(threads.submit(() -> {
            start.await();
            ImportPreview preview = importer.archiveImport().preview(
                    List.of(org.pressdesk.archive.ArchiveFixture.sample("bip-maeci-2026.txt")));
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            importer.archiveImport().importChosen(managers.get(1), preview, chosen, Status.ARCHIVED,
                    ImportProgress.NONE);
            return null;
        }));
        for (Future<?> f : work) {
            f.get(90, TimeUnit.SECONDS);
        }
        threads.shutdown();

        AppServices any = clients.get(0);
        var sql = any.database().dsl();
        assertThat(approved).hasSize(EDITORS * DRAFTS_EACH);
        assertThat(any.auditVerifier().verify().intact()).isTrue();
        assertThat(sql.fetchValue("select count(distinct reference) from communique where reference is not null"))
                .isEqualTo((long) EDITORS * DRAFTS_EACH);
        assertThat(sql.fetchValue("select max(last_number) from reference_counter")).isEqualTo(EDITORS * DRAFTS_EACH);
        int total = any.communiques().ids().size();
        awaitConverged(total);
    }

    /** Every desktop soon lists and finds every communiqué, heard from the server. */
    private void awaitConverged(int total) throws InterruptedException {
        long until = System.nanoTime() + INDEX_CATCH_UP.toNanos();
        List<String> behind;
        do {
            behind = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                AppServices desk = clients.get(i);
                long found = desk.search().search(SearchQuery.of("Ministre")).total();
                if (desk.communiques().ids().size() != total || found < EDITORS * DRAFTS_EACH) {
                    behind.add("poste" + i + " finds " + found);
                }
            }
            if (!behind.isEmpty()) {
                Thread.sleep(50);
            }
        } while (!behind.isEmpty() && System.nanoTime() < until);
        assertThat(behind).as("desktops behind after " + INDEX_CATCH_UP).isEmpty();
    }

    @Test
    void twoDesktopsSavingTheSameVersionNeverOverwriteEachOther() throws Exception {
        AppServices one = clients.get(1);
        AppServices two = clients.get(2);
        Communique draft = one.communiques().create(editors.get(0), content("Audience"));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<Object> first = threads.submit(() -> {
            together.await();
            return one.communiques().save(editors.get(0), draft.id(), draft.version(), content("version A"));
        });
        Future<Object> second = threads.submit(() -> {
            together.await();
            return two.communiques().save(editors.get(0), draft.id(), draft.version(), content("version B"));
        });
        int saved = 0;
        int conflicts = 0;
        for (Future<Object> f : List.of(first, second)) {
            try {
                f.get(30, TimeUnit.SECONDS);
                saved++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                conflicts++;
            }
        }
        threads.shutdown();

        assertThat(saved).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThat(one.communiques().revisions(draft.id())).hasSize(2);
        assertThatThrownBy(() -> two.communiques().save(editors.get(0), draft.id(), draft.version(),
                content("encore"))).isInstanceOf(ConflictException.class);
    }

    /**
     * A colleague commits the moment a desktop has connected, before its change feed has had the time to listen:
     * the desktop's screens hear of it all the same (the feed reports what the change sequence numbered since the
     * desktop connected).
     */
    @Test
    void aColleaguesCommitWhileADesktopIsStillConnectingReachesItsScreens() throws Exception {
        java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        AppServices colleague = clients.get(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<?> slow = thread.submit(() -> colleague.database().inTransaction(() -> {
            colleague.communiques().create(editors.get(0), content("Arrivée du ministre"));
            saved.countDown();
            await(commit);
        }));
        assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();
        try (Database joining = Database.connect(address, server.superuser(), Database.Schema.CHECK)) {
            java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(1);
            joining.addRemoteChangeListener(ids -> heard.countDown());
            commit.countDown(); // commits now, before the new feed listens
            slow.get(30, TimeUnit.SECONDS);
            assertThat(heard.await(2, TimeUnit.SECONDS)).as("the commit made while connecting is heard").isTrue();
        } finally {
            thread.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aChangeSavedOnOneDesktopReachesTheOthersScreensWithinTwoSecondsAndTheirIndex() throws Exception {
        java.util.concurrent.CountDownLatch othersHeard = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger selfHeard = new java.util.concurrent.atomic.AtomicInteger();
        clients.get(2).whenOthersChange(othersHeard::countDown);
        clients.get(1).whenOthersChange(selfHeard::incrementAndGet);
        Communique saved = clients.get(1).communiques().create(editors.get(0), content("Cérémonie ambassadeur"));
        long start = System.nanoTime();
        assertThat(othersHeard.await(2, TimeUnit.SECONDS)).as("a colleague's screen hears the save").isTrue();
        for (AppServices other : clients) {
            while (other.search().search(SearchQuery.of("ceremonie")).total() == 0) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(INDEX_CATCH_UP);
                Thread.sleep(20);
            }
        }
        assertThat(saved.id()).isPositive();
        assertThat(selfHeard).as("a desktop does not hear its own saves as a colleague's").hasValue(0);
    }
}
