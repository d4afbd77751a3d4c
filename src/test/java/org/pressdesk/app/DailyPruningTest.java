package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.store.ChangeLogPruning;
import org.pressdesk.store.Database;
import org.pressdesk.store.SearchFeedRepository;
import org.pressdesk.testing.TestDatabases;

/**
 * The change sequence is pruned while the program runs, not only at its start; on the shared server one desktop at a
 * time prunes, and a desktop that finds a colleague pruning leaves it to them without waiting. Runs on H2 and, in
 * the PostgreSQL run, on the server.
 */
class DailyPruningTest {
    private static final Duration MONTH = Duration.ofDays(30);
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path directory;
    private ArchiveFixture fixture;
    private SearchFeedRepository feed;

    @BeforeEach
    void open() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        feed = new SearchFeedRepository(fixture.services.database());
        for (String title : new String[] {"Audience", "Visite", "Conférence"}) {
            fixture.services.communiques().create(fixture.editor, new CommuniqueContent(title, "Texte.",
                    Genre.PRESS_RELEASE, fixture.ministry.id(), "Bamako", LocalDate.of(2026, 3, 4), "fr"));
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static ChangeLogUpkeep monthLater(Database database) {
        return new ChangeLogUpkeep(database, new ChangeLogPruning(database),
                Clock.offset(Clock.systemUTC(), MONTH.plusDays(1)));
    }

    @Test
    void aDesktopLeftOpenPrunesWithoutBeingAskedAndStopsWhenClosed() throws Exception {
        long latest = feed.latestChange();
        ChangeLogUpkeep upkeep = monthLater(fixture.services.database());
        try (DailyPruning daily = new DailyPruning(() -> upkeep.prune(MONTH, 1, DAY), Duration.ofMillis(50))) {
            daily.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (feed.prunedThrough() != latest - 1 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        }
        assertThat(feed.prunedThrough()).as("pruned by the timer, the newest number kept").isEqualTo(latest - 1);
        assertThat(feed.changesAfter(0)).extracting(c -> c.sequence()).containsOnly(latest);
    }

    @Test
    void onTheServerADesktopFindingAColleaguePruningDoesNotWaitForIt() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "the advisory lock is the shared server's");
        int before = feed.changesAfter(0).size();
        Database colleagueDatabase = fixture.services.database();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService colleague = Executors.newSingleThreadExecutor();
        try (Database mine = TestDatabases.open(directory.resolve("data"))) {
            Future<Boolean> turn = colleague.submit(() -> colleagueDatabase.inTransaction(() -> {
                boolean held = new ChangeLogPruning(colleagueDatabase).takeTurn().held();
                holding.countDown();
                await(release);
                return held;
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            long began = System.nanoTime();
            int pruned = monthLater(mine).prune(MONTH, 1, DAY);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            release.countDown();

            assertThat(turn.get(30, TimeUnit.SECONDS)).as("the colleague held the turn").isTrue();
            assertThat(pruned).as("left to the colleague").isZero();
            assertThat(tookMs).as("did not wait for the colleague").isLessThan(5_000);
            assertThat(monthLater(mine).prune(MONTH, 1, DAY)).as("the turn free again")
                    .isEqualTo(before - 1);
        } finally {
            release.countDown();
            colleague.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
