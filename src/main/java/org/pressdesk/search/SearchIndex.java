package org.pressdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.pressdesk.domain.IndexStamp;
import org.pressdesk.domain.PressDeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk (the data directory's "index" folder). A rebuild, an import's indexing or a mark is
 * committed at once, with a writer of its own. The changes heard from the database one by one (this desktop's saves
 * and colleagues' on the server) go to a writer kept open while they keep coming: searches of this process see them
 * at once (a near-real-time reader), and they are committed together when the changes pause for a second, or after
 * three seconds of steady changes, and the writer is closed. Each change then costs its analysis, not a segment of
 * its own, a writer's opening and a commit. A crash loses at most those seconds of the index, which the commit's
 * mark in the change sequence brings back at the next start. The window and the command line, two processes, thus
 * still take turns on Lucene's write lock within seconds; a process that finds it held waits a while, then says so
 * in plain words. Readers take no lock and see the other process's commits at their next refresh. An unreadable
 * index is set aside and rebuilt.
 */
final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final long RETRY_MILLIS = 50;
    private static final long REFRESH_MILLIS = 1_000;
    /** How long a writer of single changes waits for the next one before it commits and closes. */
    static final long LINGER_MILLIS = 1_000;
    /** The longest a writer of single changes stays open while they keep coming, holding the write lock. */
    static final long HOLD_MILLIS = 3_000;
    /** After such a writer closed, how long the lock is left to another process before it opens again. */
    private static final long TURN_MILLIS = 250;
    private static final String LAYOUT_KEY = "pressdesk.layout";
    /** The commit's number in the database's change sequence: every change up to it is in the index. */
    private static final String CHANGE_KEY = "pressdesk.change";
    static final long UNKNOWN = -1;
    /**
     * Lucene 9 tells on Java 23+ that a newer Lucene would use the Vector API: PressDesk has no vectors, and the
     * line would reach the installed program's stderr at each start. Kept referenced so the level stays set.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    static {
        VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Work done with an open writer, committed after. */
    @FunctionalInterface
    interface WriterWork {
        void run(IndexWriter writer) throws IOException;
    }

    private final Directory directory;
    private final Analyzer analyzer = new FrenchSearchAnalyzer();
    private final Duration lockWait;
    private final String location;
    private final SearcherManager searchers;
    private volatile long lastRefresh = System.nanoTime();
    /** -1 until the index is built from the database (new, emptied, or made before the change sequence). */
    private volatile long appliedChange = UNKNOWN;
    /** The writer of single changes still open, with what it holds not committed yet (guarded by this). */
    private IndexWriter lingering;
    /** Searchers over {@link #lingering}'s changes, committed or not; null when no such writer is open. */
    private volatile SearcherManager uncommitted;
    /** Whether {@link #uncommitted} has not seen the last changes yet. */
    private volatile boolean stale;
    private long lingeringSince;
    private long lastChange;
    private long heldUntil;
    /** Never interrupted (see {@link #open}): closing lets a commit under way end and drops the ones scheduled. */
    private final ScheduledThreadPoolExecutor closer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "pressdesk-index-commit");
        thread.setDaemon(true);
        return thread;
    });
    private boolean closeScheduled;

    private SearchIndex(Directory directory, Duration lockWait, String location) throws IOException {
        this.directory = directory;
        this.lockWait = lockWait;
        this.location = location;
        if (!DirectoryReader.indexExists(directory)) {
            write(writer -> { }, UNKNOWN);
        } else if (!Fields.LAYOUT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY))) {
            // Made by a version that built documents otherwise: emptied, so that the check finds it behind the
            // database and indexes everything again.
            LOG.info("The search index at {} has an older layout; it is built again", location);
            write(IndexWriter::deleteAll, UNKNOWN);
        } else {
            appliedChange = committedChange();
        }
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens the index in {@code folder}, read through file channels ({@link NIOFSDirectory}) rather than mapped into
     * memory: mapped segments count in the program's resident memory, 50 MB of it after half an hour of a session
     * (issue 14, point 5), where read pages sit in the system's file cache instead. Such a directory closes a file when
     * a thread reading it is interrupted: no thread that reads the index is ever interrupted (the window's tasks stop
     * by {@link org.pressdesk.domain.Cancellation} and their runners close without interrupting them, the index's own
     * threads are shut down without interruption).
     */
    static SearchIndex open(Path folder, Duration lockWait) {
        try {
            Files.createDirectories(folder);
            try {
                return new SearchIndex(new NIOFSDirectory(folder), lockWait, folder.toString());
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                LOG.warn("The search index at {} cannot be read; it is built again", folder, e);
                clear(folder);
                return new SearchIndex(new NIOFSDirectory(folder), lockWait, folder.toString());
            }
        } catch (IOException e) {
            throw new PressDeskException(e, "search.index.unusable", folder, String.valueOf(e.getMessage()));
        }
    }

    static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), Duration.ZERO, "memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The number of the change sequence up to which the index holds every change (as its last commit says), or
     * {@link #UNKNOWN}.
     */
    long appliedChange() {
        return appliedChange;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Runs {@code work} with a writer of its own and commits it; waits for another process's writer to finish. */
    void write(WriterWork work) throws IOException {
        write(work, appliedChange);
    }

    /**
     * Like {@link #write(WriterWork)}, and records with the commit that every change numbered up to
     * {@code applied} in the database's change sequence is in the index.
     */
    synchronized void write(WriterWork work, long applied) throws IOException {
        commitLingering();
        try (IndexWriter writer = openWriter()) {
            work.run(writer);
            writer.setLiveCommitData(commitData(applied));
            writer.commit();
        }
        appliedChange = applied;
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    /**
     * Like {@link #write(WriterWork, long)} for a few changes heard one after the other: searchable in this process
     * at once, committed with those that follow within {@link #LINGER_MILLIS} (at most {@link #HOLD_MILLIS} later).
     * When the work fails, every change not committed yet is dropped and {@link #appliedChange()} goes back to the
     * last commit's mark, from which the caller reads them again.
     */
    synchronized void writeSoon(WriterWork work, long applied) throws IOException {
        if (lingering == null) {
            openLingering();
        }
        try {
            work.run(lingering);
            lingering.setLiveCommitData(commitData(applied));
        } catch (IOException | RuntimeException | Error e) {
            dropLingering();
            throw e;
        }
        appliedChange = applied;
        stale = true;
        lastChange = System.nanoTime();
        if (!closeScheduled) {
            closeScheduled = true;
            closer.schedule(this::closeWhenQuiet, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void openLingering() throws IOException {
        // another process gets its turn on the lock after a writer held through a steady flow of changes
        long wait = heldUntil - System.nanoTime();
        while (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PressDeskException(e, "search.index.interrupted");
            }
            wait = heldUntil - System.nanoTime();
        }
        lingering = openWriter();
        lingeringSince = System.nanoTime();
        uncommitted = new SearcherManager(lingering, true, false, null);
    }

    private synchronized void closeWhenQuiet() {
        closeScheduled = false;
        if (lingering == null) {
            return;
        }
        long now = System.nanoTime();
        long quietAt = lastChange + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
        long heldAt = lingeringSince + TimeUnit.MILLISECONDS.toNanos(HOLD_MILLIS);
        if (now < quietAt && now < heldAt) {
            closeScheduled = true;
            closer.schedule(this::closeWhenQuiet, Math.min(quietAt, heldAt) - now, TimeUnit.NANOSECONDS);
            return;
        }
        try {
            commitLingering();
            if (now >= heldAt) {
                heldUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TURN_MILLIS);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Committing the search index's latest changes failed; they are indexed again with the next"
                    + " changes heard", e);
        }
    }

    /** Commits and closes the writer of single changes, if one is open. */
    private synchronized void commitLingering() throws IOException {
        if (lingering == null) {
            return;
        }
        try {
            lingering.commit();
        } catch (IOException | RuntimeException | Error e) {
            dropLingering();
            throw e;
        }
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
        closeLingering(false);
    }

    /** Drops what the writer of single changes did not commit; the mark goes back to the last commit's. */
    private void dropLingering() {
        try {
            closeLingering(true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Closing the search index's writer failed", e);
        } finally {
            try {
                appliedChange = committedChange();
            } catch (IOException e) {
                appliedChange = UNKNOWN;
            }
        }
    }

    private void closeLingering(boolean rollback) throws IOException {
        IndexWriter writer = lingering;
        SearcherManager manager = uncommitted;
        lingering = null;
        uncommitted = null;
        stale = false;
        try {
            manager.close();
        } finally {
            if (rollback) {
                writer.rollback();
            } else {
                writer.close();
            }
        }
        notifyAll();
    }

    private long committedChange() throws IOException {
        String change = SegmentInfos.readLatestCommit(directory).getUserData().get(CHANGE_KEY);
        return change == null ? UNKNOWN : Long.parseLong(change);
    }

    private static Iterable<Map.Entry<String, String>> commitData(long applied) {
        return Map.of(LAYOUT_KEY, Fields.LAYOUT, CHANGE_KEY, Long.toString(applied)).entrySet();
    }

    private IndexWriter openWriter() throws IOException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false);
                return new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw new PressDeskException(e, "search.index.busy", location);
                }
                sleep();
            }
        }
    }

    /**
     * A searcher over the latest commit, or over the changes not committed yet of this process's open writer; give
     * it back with {@link #release}. This process's own changes are seen at once; another process's commits within
     * {@link #REFRESH_MILLIS} (looking for them at every search cost a tenth of it).
     */
    IndexSearcher acquire() throws IOException {
        SearcherManager recent = uncommitted;
        if (recent != null) {
            try {
                if (stale) {
                    stale = false;
                    recent.maybeRefreshBlocking();
                }
                return recent.acquire();
            } catch (AlreadyClosedException e) {
                // committed and closed meanwhile: the latest commit holds its changes
            }
        }
        long now = System.nanoTime();
        if (now - lastRefresh > REFRESH_MILLIS * 1_000_000L) {
            lastRefresh = now;
            searchers.maybeRefresh();
        }
        return searchers.acquire();
    }

    /** Gives back a searcher from {@link #acquire}, whichever reader it came from. */
    void release(IndexSearcher searcher) throws IOException {
        searcher.getIndexReader().decRef();
    }

    /** What the index holds, to compare with the database's {@link IndexStamp}. */
    IndexStamp stamp() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            long count = 0;
            long versions = 0;
            long latest = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues version = leaf.reader().getNumericDocValues(Fields.VERSION);
                NumericDocValues changed = leaf.reader().getNumericDocValues(Fields.CHANGED);
                if (version == null || changed == null) {
                    continue;
                }
                for (int doc = version.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = version.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        count++;
                        versions += version.longValue();
                        latest = Math.max(latest, changed.advanceExact(doc) ? changed.longValue() : 0);
                    }
                }
            }
            return new IndexStamp(count, versions, latest);
        } finally {
            release(searcher);
        }
    }

    /** Each indexed communiqué's id with the version the index holds (for checks of the index's promises). */
    Map<Long, Long> versions() throws IOException {
        Map<Long, Long> versions = new java.util.HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            var stored = searcher.storedFields();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues version = leaf.reader().getNumericDocValues(Fields.VERSION);
                for (int doc = version == null ? DocIdSetIterator.NO_MORE_DOCS : version.nextDoc();
                        doc != DocIdSetIterator.NO_MORE_DOCS; doc = version.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        long id = Long.parseLong(stored.document(leaf.docBase + doc).get(Fields.ID));
                        versions.put(id, version.longValue());
                    }
                }
            }
            return versions;
        } finally {
            release(searcher);
        }
    }

    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PressDeskException(e, "search.index.interrupted");
        }
    }

    @Override
    public void close() {
        closer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        closer.shutdown();
        try {
            commitLingering();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Committing the search index's latest changes failed; they are indexed again at the next start",
                    e);
        }
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed", e);
        }
    }
}
