package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.store.Database;
import org.pressdesk.store.SearchFeedRepository;
import org.pressdesk.store.jooq.Sequences;

/**
 * A desktop's index follows the database's change sequence: after a time away it applies only what changed
 * meanwhile (no rebuild because a colleague saved), and a change committed late under a lower number is not
 * skipped. Runs on H2 and, in the PostgreSQL run, on the server.
 */
class IndexCatchUpTest {
    @TempDir
    static Path directory;
    private static ArchiveFixture fixture;
    private static SearchFeedRepository feed;

    @BeforeAll
    static void open() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        feed = new SearchFeedRepository(fixture.services.database());
        create("Audience du Premier ministre", "Le Premier ministre a reçu les syndicats.");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Communique create(String title, String body) {
        return fixture.services.communiques().create(fixture.editor, new CommuniqueContent(title, body,
                Genre.PRESS_RELEASE, fixture.ministry.id(), "Bamako", LocalDate.of(2026, 3, 4), "fr"));
    }

    /** Another desktop's index on the same database (each test its own). */
    private static SearchService otherDesktop(String name) {
        return SearchService.open(directory.resolve(name).resolve("index"), Duration.ofSeconds(5), feed);
    }

    @Test
    void aDesktopBackFromAwayAppliesOnlyWhatChangedMeanwhileWithoutRebuilding() {
        try (SearchService desk = otherDesktop("away")) {
            assertThat(desk.check((done, total) -> { })).as("a new index is built once").isTrue();
        }
        create("Visite du ministre de la Santé", "Le ministre a visité l’hôpital régional.");
        Communique edited = create("Conférence de presse", "Le porte-parole répondra aux questions.");
        fixture.services.communiques().save(fixture.editor, edited.id(), edited.version(),
                new CommuniqueContent("Conférence de presse sur la pluviométrie", "Le porte-parole répondra.",
                        Genre.PRESS_RELEASE, fixture.ministry.id(), "Bamako", LocalDate.of(2026, 3, 4), "fr"));

        try (SearchService desk = otherDesktop("away")) {
            assertThat(desk.catchUp()).as("the two communiqués changed while away").isEqualTo(2);
            assertThat(desk.check((done, total) -> { })).as("no rebuild").isFalse();
            assertThat(desk.search(SearchQuery.of("pluviometrie")).total()).isEqualTo(1);
            assertThat(desk.search(SearchQuery.of("hopital")).total()).isEqualTo(1);
            assertThat(desk.catchUp()).isZero();
        }
    }

    @Test
    void aNewIndexThatHeardNothingIsBroughtInByACatchUp() {
        try (SearchService desk = otherDesktop("never-checked")) {
            // no start-up check yet, and not told of this commit: only the database knows of it
            create("Sommet de la CEDEAO", "Les chefs d’État se réunissent à Bamako.");
            assertThat(desk.catchUp()).isPositive();
            assertThat(desk.search(SearchQuery.of("cedeao")).total()).isEqualTo(1);
            assertThat(desk.appliedChange()).isEqualTo(feed.latestChange());
        }
    }

    @Test
    void aChangeCommittedAfterAHigherNumberIsStillApplied() throws Exception {
        Communique late = create("Communiqué du soir", "Texte initial.");
        Database database = fixture.services.database();
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (SearchService desk = otherDesktop("late")) {
            desk.check((done, total) -> { });
            // a transaction takes its number, then is slow to commit
            Future<?> slow = thread.submit(() -> database.inTransaction(() -> {
                var sql = database.dsl();
                sql.execute("update communique set title = 'Communiqué sur la sécheresse', version = version + 1,"
                        + " updated_at = updated_at where id = " + late.id());
                long number = sql.nextval(Sequences.COMMUNIQUE_CHANGE_SEQ);
                sql.execute("insert into communique_change (change_seq, communique_id) values (" + number + ", "
                        + late.id() + ")");
                numbered.countDown();
                await(commit);
            }));
            assertThat(numbered.await(10, TimeUnit.SECONDS)).isTrue();
            create("Inondations à Mopti", "Les pluies ont touché la région."); // a higher number, committed first
            assertThat(desk.catchUp()).isEqualTo(1);
            assertThat(desk.search(SearchQuery.of("mopti")).total()).isEqualTo(1);

            commit.countDown();
            slow.get(10, TimeUnit.SECONDS);
            assertThat(desk.catchUp()).as("the lower number, committed later").isEqualTo(1);
            assertThat(desk.search(SearchQuery.of("secheresse")).total()).isEqualTo(1);
        } finally {
            thread.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
