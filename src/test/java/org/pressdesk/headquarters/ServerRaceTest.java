package org.pressdesk.headquarters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.ImportResult;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.Database;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.testing.TestPostgres;

/**
 * Races on the shared server between desktops (threads with their own connections, services and indexes): the same
 * archive imported twice at the same moment, and tag merges while colleagues tag and save.
 */
class ServerRaceTest {
    private static final char[] PASSWORD = "motdepasse-test".toCharArray();
    private static final Duration CATCH_UP = Duration.ofSeconds(10);

    @TempDir
    Path tempDir;

    private TestPostgres server;
    private ServerAddress address;
    private final List<AppServices> clients = new ArrayList<>();
    private UserAccount manager;
    private UserAccount editor;
    private Office office;

    @BeforeEach
    void setUp() {
        server = TestPostgres.server();
        address = server.createDatabase();
        AppServices first = client();
        UserAccount admin = first.accounts().createFirstAdministrator("admin", "Awa", PASSWORD);
        office = first.offices().create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        manager = first.accounts().createAccount(admin, "direction", null, Role.MANAGER, PASSWORD);
        editor = first.accounts().createAccount(admin, "redaction", null, Role.EDITOR, PASSWORD);
        client();
        client();
    }

    private AppServices client() {
        AppServices services = AppServices.open(DataDirectory.prepare(tempDir.resolve("poste" + clients.size())),
                Database.connect(address, server.superuser(), Database.Schema.MIGRATE),
                new AppServices.Settings(Clock.systemUTC(), new PasswordHasher(1_000), d -> { }));
        services.search();
        clients.add(services);
        return services;
    }

    @AfterEach
    void closeClients() {
        clients.forEach(AppServices::close);
    }

    /** Runs every task at the same moment, each on its own thread, and returns their results in order. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(90, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private Callable<ImportResult> importOn(AppServices desk) {
        ImportPreview preview = desk.archiveImport().preview(List.of(ArchiveFixture.sample("bip-maeci-2026.txt")));
        List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                .map(ImportChoice::asRead).toList();
        return () -> desk.archiveImport().importChosen(manager, preview, chosen, Status.ARCHIVED,
                ImportProgress.NONE);
    }

    @Test
    void twoDesktopsImportingTheSameFileAtOnceWriteEachTextOnce() throws Exception {
        List<ImportResult> results = together(List.of(importOn(clients.get(1)), importOn(clients.get(2))));

        int texts = results.get(0).created().size() + results.get(1).created().size();
        assertThat(texts).as("one import wrote them all").isEqualTo(Math.max(results.get(0).created().size(),
                results.get(1).created().size())).isPositive();
        assertThat(results.get(0).duplicates() + results.get(1).duplicates()).isEqualTo(texts);
        var sql = clients.get(0).database().dsl();
        assertThat(sql.fetchValue("select count(*) from communique")).isEqualTo((long) texts);
        assertThat(sql.fetchValue("select count(*) from (select title from communique group by title, body"
                + " having count(*) > 1) doubled")).isEqualTo(0L);
        assertThat(clients.get(0).auditVerifier().verify().intact()).isTrue();
        awaitEveryIndexFinds(texts);
    }

    @Test
    void tagMergesWhileColleaguesTagAndSaveKeepEveryLinkOnce() throws Exception {
        AppServices merging = clients.get(0);
        List<Communique> drafts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            drafts.add(clients.get(1).communiques().create(editor, content("Saison des pluies " + i)));
        }
        for (int round = 0; round < 4; round++) {
            String source = "Pluies " + round;
            String target = "Hivernage " + round;
            Tag into = merging.tags().create(manager, target, TagKind.THEME);
            Tag from = merging.tags().create(manager, source, TagKind.THEME);
            drafts.subList(0, 4).forEach(d -> merging.tagging().add(editor, d.id(), source, TagKind.THEME));
            drafts.subList(2, 6).forEach(d -> merging.tagging().add(editor, d.id(), target, TagKind.THEME));
            together(List.<Callable<Object>>of(
                    () -> merging.tags().merge(manager, from.id(), into.id()),
                    () -> {
                        drafts.subList(6, 9).forEach(d -> clients.get(1).tagging().add(editor, d.id(), source,
                                TagKind.THEME));
                        return null;
                    },
                    () -> {
                        for (Communique d : drafts.subList(9, 12)) {
                            Communique now = clients.get(2).communiques().get(d.id());
                            clients.get(2).communiques().save(editor, d.id(), now.version(),
                                    content("Saison des pluies, hivernage " + d.id()));
                            clients.get(2).tagging().add(editor, d.id(), source, TagKind.THEME);
                        }
                        return null;
                    }));
            var sql = merging.database().dsl();
            assertThat(sql.fetchValue("select count(*) from (select communique_id, tag_id from communique_tag"
                    + " group by communique_id, tag_id having count(*) > 1) doubled")).isEqualTo(0L);
            // every communiqué tagged with the old name, before, during or after the merge, carries the new tag
            for (Communique d : drafts.subList(0, 12)) {
                if (d == drafts.get(4) || d == drafts.get(5)) {
                    continue;
                }
                assertThat(merging.tagging().tagsOf(d.id()).confirmed()).as(d.title() + " round " + round)
                        .filteredOn(t -> t.name().equals(target)).hasSize(1);
            }
            assertThat(merging.tags().find(source, TagKind.THEME)).map(Tag::id).contains(into.id());
        }
        assertThat(merging.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void desktopsWhoseNotificationsDroppedCatchUpByTheChangeSequence() throws Exception {
        java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(1);
        Runnable stop = clients.get(0).whenOthersChange(heard::countDown);
        // every desktop's notification connection is cut; the save below lands while they are reconnecting
        server.admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + address.name()
                + "' and application_name like '%-feed'");
        clients.get(2).communiques().create(editor, content("Crue du fleuve Niger"));

        assertThat(heard.await(CATCH_UP.toSeconds(), TimeUnit.SECONDS)).as("heard after reconnecting").isTrue();
        stop.run();
        long until = System.nanoTime() + CATCH_UP.toNanos();
        for (AppServices desk : clients) {
            while (desk.search().search(SearchQuery.of("niger")).total() == 0) {
                assertThat(System.nanoTime()).as("every index catches up").isLessThan(until);
                Thread.sleep(50);
            }
        }
    }

    private CommuniqueContent content(String title) {
        return new CommuniqueContent(title, "Les pluies de " + title + " sont attendues.", Genre.PRESS_RELEASE,
                office.id(), "Bamako", LocalDate.of(2026, 7, 3), "fr");
    }

    private void awaitEveryIndexFinds(int total) throws InterruptedException {
        long until = System.nanoTime() + CATCH_UP.toNanos();
        List<String> behind;
        do {
            behind = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                int listed = clients.get(i).communiques().ids().size();
                boolean current = clients.get(i).search().isCurrent();
                if (listed != total || !current) {
                    behind.add("poste" + i + " lists " + listed + (current ? "" : ", index behind"));
                }
            }
            if (!behind.isEmpty()) {
                Thread.sleep(50);
            }
        } while (!behind.isEmpty() && System.nanoTime() < until);
        assertThat(behind).as("desktops behind after " + CATCH_UP).isEmpty();
    }
}
