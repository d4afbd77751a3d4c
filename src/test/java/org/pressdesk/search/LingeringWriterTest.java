package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes heard one by one go to a writer kept open: this process searches them at once, the disk has them a
 * moment later with their mark in the change sequence, another process still gets the write lock while they keep
 * coming, and a failed change drops only what was not committed, with the mark put back.
 */
class LingeringWriterTest {
    @TempDir
    Path folder;

    private static SearchIndex.WriterWork add(String id) {
        return writer -> {
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, id, Field.Store.YES));
            writer.addDocument(doc);
        };
    }

    private static int searchable(SearchIndex index) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.count(new MatchAllDocsQuery());
        } finally {
            index.release(searcher);
        }
    }

    /** What another process reading the folder sees: the latest commit. */
    private int onDisk() throws IOException {
        try (var directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private String markOnDisk() throws IOException {
        try (var directory = FSDirectory.open(folder)) {
            return SegmentInfos.readLatestCommit(directory).getUserData().get("pressdesk.change");
        }
    }

    @Test
    void aChangeIsSearchableAtOnceAndOnDiskWithItsMarkWhenTheChangesPause() throws Exception {
        try (SearchIndex index = SearchIndex.open(folder, Duration.ofSeconds(5))) {
            index.write(writer -> { }, 3);
            index.writeSoon(add("1"), 4);
            index.writeSoon(add("2"), 5);

            assertThat(searchable(index)).isEqualTo(2);
            assertThat(index.appliedChange()).isEqualTo(5);
            assertThat(onDisk()).isZero();
            assertThat(markOnDisk()).isEqualTo("3");

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (onDisk() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(onDisk()).isEqualTo(2);
            assertThat(markOnDisk()).isEqualTo("5");
            assertThat(searchable(index)).isEqualTo(2);
        }
    }

    @Test
    void closingCommitsWhatIsPending() throws Exception {
        try (SearchIndex index = SearchIndex.open(folder, Duration.ofSeconds(5))) {
            index.writeSoon(add("1"), 9);
        }
        assertThat(onDisk()).isEqualTo(1);
        assertThat(markOnDisk()).isEqualTo("9");
    }

    @Test
    void anotherProcessGetsTheWriteLockWhileChangesKeepComing() throws Exception {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        AtomicBoolean going = new AtomicBoolean(true);
        try (SearchIndex desktop = SearchIndex.open(folder, Duration.ofSeconds(5))) {
            Future<Integer> flow = threads.submit(() -> {
                int change = 0;
                while (going.get()) {
                    change++;
                    desktop.writeSoon(add("d" + change), change);
                    Thread.sleep(100);
                }
                return change;
            });
            Thread.sleep(500);
            // Lucene's lock is held per process and per folder: a second index on the folder stands for the
            // command line. Its wait is bounded by the longest hold, not by the flow of changes.
            try (SearchIndex commandLine = SearchIndex.open(folder, Duration.ofSeconds(
                    (SearchIndex.HOLD_MILLIS + 1_500) / 1_000))) {
                long started = System.nanoTime();
                commandLine.write(add("cli"));
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertThat(waited).isLessThan(SearchIndex.HOLD_MILLIS + 1_000);
            }
            going.set(false);
            assertThat(flow.get(10, TimeUnit.SECONDS)).isGreaterThan(5);
        } finally {
            threads.shutdownNow();
        }
        assertThat(onDisk()).isGreaterThan(6);
    }

    @Test
    void aFailedChangeDropsWhatWasNotCommittedAndPutsTheMarkBack() throws Exception {
        try (SearchIndex index = SearchIndex.open(folder, Duration.ofSeconds(5))) {
            index.write(add("kept"), 10);
            index.writeSoon(add("pending"), 11);
            assertThat(searchable(index)).isEqualTo(2);

            assertThatThrownBy(() -> index.writeSoon(writer -> {
                add("half").run(writer);
                throw new IOException("disk full");
            }, 12)).hasMessage("disk full");

            assertThat(index.appliedChange()).isEqualTo(10);
            assertThat(searchable(index)).isEqualTo(1);
            index.writeSoon(add("again"), 11);
            assertThat(searchable(index)).isEqualTo(2);
        }
        assertThat(onDisk()).isEqualTo(2);
        assertThat(markOnDisk()).isEqualTo("11");
    }
}
