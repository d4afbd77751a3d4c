package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.store.Database;
import org.pressdesk.store.SearchFeedRepository;

/**
 * An index never stays behind the database: after any catch-up, every communiqué whose newest change is numbered at
 * or below the index's mark is in the index at the version that change left, while several connections save at
 * once and commit in any order. Runs on H2 and, in the PostgreSQL run, on the server.
 */
class IndexConvergenceTest {
    private static final int WRITERS = 3;
    private static final int SAVES_EACH = 4;

    @TempDir
    Path directory;

    @Test
    void afterEveryCatchUpEveryChangeAtOrBelowTheMarkIsIndexedAtItsNewestVersion() throws Exception {
        try (ArchiveFixture fixture = new ArchiveFixture(directory.resolve("data"))) {
            Database database = fixture.services.database();
            SearchFeedRepository feed = new SearchFeedRepository(database);
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
            try (SearchService desk = SearchService.open(directory.resolve("desk"), Duration.ofSeconds(5), feed)) {
                desk.check(SearchService.RebuildProgress.NONE);
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(threads.submit(() -> saveRepeatedly(fixture, writer)));
                }
                int checks = 0;
                while (writers.stream().anyMatch(f -> !f.isDone()) || checks == 0) {
                    desk.catchUp();
                    assertIndexHoldsEverythingUpToItsMark(desk, database);
                    checks++;
                }
                for (Future<?> writer : writers) {
                    writer.get(60, TimeUnit.SECONDS);
                }
                desk.catchUp();
                assertThat(desk.appliedChange()).isEqualTo(feed.latestChange());
                assertThat(desk.indexedVersions()).isEqualTo(newest(database).versions());
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static Void saveRepeatedly(ArchiveFixture fixture, int writer) {
        Communique item = fixture.services.communiques().create(fixture.editor, content(fixture, writer, 0));
        for (int save = 1; save <= SAVES_EACH; save++) {
            item = fixture.services.communiques().save(fixture.editor, item.id(), item.version(),
                    content(fixture, writer, save));
        }
        return null;
    }

    private static CommuniqueContent content(ArchiveFixture fixture, int writer, int save) {
        return new CommuniqueContent("Point de presse " + writer + " version " + save, "Texte " + save + ".",
                Genre.PRESS_RELEASE, fixture.ministry.id(), "Bamako", LocalDate.of(2026, 5, 6), "fr");
    }

    private static void assertIndexHoldsEverythingUpToItsMark(SearchService desk, Database database) {
        long mark = desk.appliedChange();
        Map<Long, Long> indexed = desk.indexedVersions();
        Snapshot now = newest(database);
        now.lastChange().forEach((id, number) -> {
            if (number <= mark) {
                assertThat(indexed.get(id)).as("communiqué %d, last changed under %d, mark %d", id, number, mark)
                        .isEqualTo(now.versions().get(id));
            }
        });
    }

    /** Each communiqué's version and the number of its newest change, read in one statement. */
    private record Snapshot(Map<Long, Long> versions, Map<Long, Long> lastChange) {
    }

    private static Snapshot newest(Database database) {
        Map<Long, Long> versions = new HashMap<>();
        Map<Long, Long> lastChange = new HashMap<>();
        database.dsl().fetch("select c.id, c.version, max(ch.change_seq) from communique c"
                + " join communique_change ch on ch.communique_id = c.id group by c.id, c.version").forEach(row -> {
                    long id = ((Number) row.get(0)).longValue();
                    versions.put(id, ((Number) row.get(1)).longValue());
                    lastChange.put(id, ((Number) row.get(2)).longValue());
                });
        return new Snapshot(versions, lastChange);
    }
}
