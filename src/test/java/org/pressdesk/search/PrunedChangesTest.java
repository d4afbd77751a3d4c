package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.ChangeLogUpkeep;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.store.ChangeLogPruning;
import org.pressdesk.store.Database;
import org.pressdesk.store.SearchFeedRepository;

/**
 * The change sequence is pruned of its old rows, one desktop at a time and once a day; an index whose mark lies
 * below what was kept does not skip the changes that went: it checks itself against the database, and rebuilds only
 * when they differ. Runs on H2 and, in the PostgreSQL run, on the server.
 */
class PrunedChangesTest {
    private static final Duration MONTH = Duration.ofDays(30);

    @TempDir
    Path directory;
    private ArchiveFixture fixture;
    private SearchFeedRepository feed;
    private ChangeLogUpkeep monthLater;

    @BeforeEach
    void open() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        Database database = fixture.services.database();
        feed = new SearchFeedRepository(database);
        monthLater = new ChangeLogUpkeep(database, new ChangeLogPruning(database),
                Clock.offset(Clock.systemUTC(), MONTH.plusDays(1)));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Communique create(String title) {
        return fixture.services.communiques().create(fixture.editor, new CommuniqueContent(title, "Texte.",
                Genre.PRESS_RELEASE, fixture.ministry.id(), "Bamako", LocalDate.of(2026, 3, 4), "fr"));
    }

    private SearchService desk() {
        return SearchService.open(directory.resolve("desk"), Duration.ofSeconds(5), feed);
    }

    @Test
    void rowsOlderThanTheBoundGoExceptTheNewestAndOnlyOnceADay() {
        create("Audience");
        create("Visite");
        create("Conférence");
        long latest = feed.latestChange();

        assertThat(fixture.services.changeLogUpkeep().pruneIfDue()).as("nothing a month old yet").isZero();
        assertThat(feed.oldestChange()).isLessThan(latest);

        assertThat(monthLater.prune(MONTH, 1, Duration.ofDays(1))).as("a month later").isPositive();
        assertThat(feed.changesAfter(0)).extracting(c -> c.sequence()).containsOnly(latest);
        create("Communiqué final");
        assertThat(monthLater.prune(MONTH, 1, Duration.ofDays(1))).as("pruned already that day").isZero();
        assertThat(feed.oldestChange()).isEqualTo(latest);
    }

    @Test
    void twoDesktopsPruningAtOnceTakeTurnsAndPruneOnce() throws Exception {
        create("Audience");
        create("Visite");
        create("Conférence");
        int before = feed.changesAfter(0).size();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> pruned = new java.util.ArrayList<>();
            for (int desk = 0; desk < 2; desk++) {
                pruned.add(threads.submit(() -> {
                    together.await();
                    return monthLater.prune(MONTH, 1, Duration.ofDays(1));
                }));
            }
            int first = pruned.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            int second = pruned.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(List.of(first, second)).as("one desktop pruned, the other found it done").contains(0);
            assertThat(first + second).isEqualTo(before - 1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anIndexLeftBehindThePrunedRowsChecksItselfAndCatchesWhatWent() {
        try (SearchService desk = desk()) {
            desk.check(SearchService.RebuildProgress.NONE);
        }
        create("Sommet de la CEDEAO");
        create("Forum des jeunes");
        create("Journée de l’environnement");
        monthLater.prune(MONTH, 1, Duration.ofDays(1));

        try (SearchService desk = desk()) {
            assertThat(desk.catchUp()).as("rebuilt: the changes that went were missed").isPositive();
            assertThat(desk.search(SearchQuery.of("cedeao")).total()).isEqualTo(1);
            assertThat(desk.appliedChange()).isEqualTo(feed.latestChange());
        }
    }

    @Test
    void anIndexLeftBehindThatHoldsEverythingIsNotRebuilt() {
        long before;
        List<Long> ids;
        try (SearchService desk = desk()) {
            desk.check(SearchService.RebuildProgress.NONE);
            before = desk.appliedChange();
            ids = List.of(create("Sommet de la CEDEAO").id(), create("Forum des jeunes").id(),
                    create("Journée de l’environnement").id());
            desk.reindex(ids); // indexed, as by the commits it heard, without moving its mark
            assertThat(desk.appliedChange()).isEqualTo(before);
        }
        monthLater.prune(MONTH, 1, Duration.ofDays(1));

        try (SearchService desk = desk()) {
            assertThat(desk.catchUp()).as("checked, found current, not rebuilt").isZero();
            assertThat(desk.appliedChange()).isEqualTo(feed.latestChange());
            assertThat(desk.search(SearchQuery.of("cedeao")).total()).isEqualTo(1);
        }
    }
}
