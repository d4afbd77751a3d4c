package org.pressdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.pressdesk.domain.CommuniqueChange;
import org.pressdesk.domain.IndexStamp;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.SearchableCommunique;
import org.pressdesk.domain.Status;
import org.pressdesk.store.CommittedChanges;
import org.pressdesk.store.SearchFeedRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over every communiqué, ranked, with highlighted snippets and filters. The index follows the
 * database: it hears every committed change ({@link #committed}) and re-reads those communiqués; {@link #check}
 * compares it with the database (count, sum of versions, latest change) and rebuilds it when they disagree, as
 * after a crash between a commit and its indexing.
 */
public final class SearchService implements CommittedChanges.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    /** From this many communiqués on, documents are analysed on every core. */
    private static final int PARALLEL_FROM = 200;
    /**
     * How many numbers below the newest one a rebuild looks at for transactions still on their way to the commit
     * (each holds one number for a few statements: far more than the connections that can hold one at once).
     */
    private static final int IN_FLIGHT = 1_024;

    /** Hears how far a rebuild has gone. */
    @FunctionalInterface
    public interface RebuildProgress {
        /** For work that shows no progress. */
        RebuildProgress NONE = (done, total) -> { };

        void indexed(int done, int total);
    }

    private final SearchIndex index;
    private final SearchFeedRepository feed;
    private final QueryBuilder queries;
    private final Snippets snippets;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pressdesk-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private final ChangeWatermark watermark;

    SearchService(SearchIndex index, SearchFeedRepository feed) {
        this.index = index;
        this.feed = feed;
        this.queries = new QueryBuilder(index.analyzer());
        this.snippets = new Snippets(index.analyzer());
        this.watermark = new ChangeWatermark(Math.max(0, index.appliedChange()));
    }

    /** The index in {@code folder}; another process's write lock is waited for up to {@code lockWait}. */
    public static SearchService open(Path folder, Duration lockWait, SearchFeedRepository feed) {
        return new SearchService(SearchIndex.open(folder, lockWait), feed);
    }

    public static SearchService inMemory(SearchFeedRepository feed) {
        return new SearchService(SearchIndex.inMemory(), feed);
    }

    public SearchResults search(SearchQuery search) {
        awaitIndexed();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Query query = queries.build(search, searcher.getIndexReader());
                TopDocs top = searcher.search(query, search.limit());
                Query partial = top.totalHits.value == 0 ? queries.buildPartial(search, searcher.getIndexReader())
                        : null;
                if (partial != null) {
                    return partial(searcher, partial, search);
                }
                List<Document> docs = documents(searcher, top);
                List<Snippet> found = snippets.of(searcher, query, top, bodies(docs));
                List<SearchHit> hits = new java.util.ArrayList<>(top.scoreDocs.length);
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    hits.add(hit(docs.get(i), top.scoreDocs[i], found.get(i), 0, 0));
                }
                return new SearchResults(hits, top.totalHits.value);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new PressDeskException(e, "search.failed", String.valueOf(e.getMessage()));
        }
    }

    /** True when {@code text} has a word worth searching for (not only "le", "de"…). */
    public boolean searchable(String text) {
        return queries.hasTerms(text);
    }

    /**
     * When no communiqué matches every word: those that match the most words first, each marked with how many it
     * matched. The total counts them all.
     */
    private SearchResults partial(IndexSearcher searcher, Query partial, SearchQuery search) throws IOException {
        TopDocs top = searcher.search(partial, search.limit());
        List<Document> docs = documents(searcher, top);
        List<Snippet> found = snippets.of(searcher, partial, top, bodies(docs));
        int words = queries.wordCount(search, searcher.getIndexReader());
        List<SearchHit> hits = new java.util.ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            int matched = (int) Math.min(words - 1, Math.floor(top.scoreDocs[i].score / QueryBuilder.PARTIAL_WEIGHT));
            hits.add(hit(docs.get(i), top.scoreDocs[i], found.get(i), matched, words));
        }
        return new SearchResults(hits, top.totalHits.value);
    }

    /** Each found communiqué's stored fields, read once for its hit and its snippet. */
    private static List<Document> documents(IndexSearcher searcher, TopDocs top) throws IOException {
        List<Document> docs = new java.util.ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc score : top.scoreDocs) {
            docs.add(searcher.storedFields().document(score.doc));
        }
        return docs;
    }

    private static List<String> bodies(List<Document> docs) {
        return docs.stream().map(doc -> doc.get(Fields.BODY)).toList();
    }

    private static SearchHit hit(Document doc, ScoreDoc score, Snippet snippet, int matchedWords, int queryWords) {
        return new SearchHit(Long.parseLong(doc.get(Fields.ID)), doc.get(Fields.TITLE), score.score, snippet,
                Status.valueOf(doc.get(Fields.STATUS)), doc.get(Fields.OFFICE_CODE), Fields.date(doc), matchedWords,
                queryWords);
    }

    /**
     * Hears that communiqués changed (this program's commit, or a colleague's on the server) and catches up from the
     * database's change sequence on the index's own thread: a save does not wait for Lucene, and several commits
     * heard meanwhile make one catch-up. Searches, checks and rebuilds of this process wait for what is queued, so
     * they always see this process's commits.
     */
    @Override
    public void committed(Set<Long> communiqueIds) {
        if (index.appliedChange() == SearchIndex.UNKNOWN) {
            // not built from the database yet (the start-up check will): just these communiqués
            queue(() -> reindexSoon(communiqueIds, index.appliedChange()));
        } else if (catchUpQueued.compareAndSet(false, true)) {
            queue(() -> {
                catchUpQueued.set(false);
                applyChanges();
            });
        }
    }

    private void queue(Runnable work) {
        pending.incrementAndGet();
        indexer.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("Indexing the latest changes failed; the next check rebuilds the index", e);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /**
     * Applies, now, every change the database's change sequence holds after the one the index recorded last (at
     * start, and after a lost connection to the server); returns how many communiqués it indexed again. An index
     * that has no mark yet (new, or never checked since it was emptied) cannot follow the sequence: it is checked
     * against the database instead, and built from it when they disagree, so that a catch-up never leaves it behind.
     */
    public int catchUp() {
        awaitIndexed();
        if (index.appliedChange() == SearchIndex.UNKNOWN) {
            return Math.max(0, settle(RebuildProgress.NONE, false));
        }
        return applyNow();
    }

    private int applyNow() {
        try {
            return indexer.submit(this::applyChanges).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PressDeskException(e, "search.index.interrupted");
        }
    }

    /** On the index's thread: reads the changes after the index's mark and indexes those not applied yet. */
    private int applyChanges() {
        if (index.appliedChange() == SearchIndex.UNKNOWN) {
            return 0;
        }
        if (index.appliedChange() < watermark.applied()) {
            // changes not committed were dropped (a failed change, or a failed commit on the index's own thread):
            // read them again from the last commit's mark
            watermark.reset(index.appliedChange());
        }
        long before = watermark.applied();
        List<CommuniqueChange> read = feed.changesAfter(before);
        if (skipsANumber(read, before) && feed.prunedThrough() > before) {
            // the sequence was pruned past this index's mark (app.ChangeLogUpkeep): what went is unknown
            LOG.info("The change sequence no longer holds the changes after {}; checking the index", before);
            return Math.max(0, settle(RebuildProgress.NONE, true));
        }
        List<CommuniqueChange> fresh = watermark.take(read, System.nanoTime());
        Set<Long> ids = new java.util.LinkedHashSet<>();
        fresh.forEach(change -> ids.add(change.communiqueId()));
        if (!ids.isEmpty() || watermark.applied() != before) {
            reindexSoon(ids, watermark.applied());
        }
        return ids.size();
    }

    /**
     * Whether the changes read after {@code before} leave out a number below their highest: one still on its way to
     * the commit, or one the pruning deleted (asked of the database only then).
     */
    private static boolean skipsANumber(List<CommuniqueChange> read, long before) {
        long last = before;
        for (CommuniqueChange change : read) {
            if (change.sequence() > last + 1) {
                return true;
            }
            last = Math.max(last, change.sequence());
        }
        return false;
    }

    /** Waits until the changes heard so far are indexed. */
    public void awaitIndexed() {
        if (pending.get() == 0) {
            return;
        }
        try {
            indexer.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PressDeskException(e, "search.index.interrupted");
        }
    }

    /** Reads these communiqués again and indexes them; ids no longer in the database leave the index. */
    public void reindex(Collection<Long> ids) {
        reindex(ids, index.appliedChange());
    }

    private void reindex(Collection<Long> ids, long appliedChange) {
        write(ids, appliedChange, false);
    }

    /** Like {@link #reindex(Collection, long)}, committed with the changes that follow it closely. */
    private void reindexSoon(Collection<Long> ids, long appliedChange) {
        write(ids, appliedChange, true);
    }

    private void write(Collection<Long> ids, long appliedChange, boolean soon) {
        List<SearchableCommunique> rows = feed.byIds(ids);
        Set<Long> missing = new HashSet<>(ids);
        rows.forEach(r -> missing.remove(r.id()));
        SearchIndex.WriterWork work = writer -> {
            // The writer takes documents from several threads: analysis, the costly part, uses both cores.
            stream(rows).forEach(row -> update(writer, row));
            for (long id : missing) {
                writer.deleteDocuments(new Term(Fields.ID, Long.toString(id)));
            }
        };
        try {
            if (soon) {
                index.writeSoon(work, appliedChange);
            } else {
                index.write(work, appliedChange);
            }
        } catch (IOException e) {
            throw new PressDeskException(e, "search.failed", String.valueOf(e.getMessage()));
        }
    }

    /** The number of the change sequence up to which every change is in the index (-1: not built yet). */
    long appliedChange() {
        awaitIndexed();
        return index.appliedChange();
    }

    /** Each indexed communiqué with the version the index holds. */
    java.util.Map<Long, Long> indexedVersions() {
        awaitIndexed();
        try {
            return index.versions();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the index holds what the database holds. */
    public boolean isCurrent() {
        awaitIndexed();
        return current();
    }

    private boolean current() {
        try {
            return index.stamp().equals(feed.stamp());
        } catch (IOException e) {
            LOG.warn("Cannot read the search index's stamp", e);
            return false;
        }
    }

    /**
     * Catches up from the change sequence, then rebuilds the index if it still disagrees with the database; true
     * when it rebuilt.
     */
    public boolean check(RebuildProgress progress) {
        awaitIndexed();
        if (index.appliedChange() != SearchIndex.UNKNOWN) {
            applyNow();
        }
        return settle(progress, false) >= 0;
    }

    /**
     * Compares the index with the database and rebuilds it when they disagree; returns how many communiqués the
     * rebuild indexed, or -1 when the index was current. An index found current without a mark (or, with
     * {@code remark}, whatever its mark) follows the change sequence from the number read before the comparison.
     * Waits for no queued work: it may run on the index's thread.
     */
    private int settle(RebuildProgress progress, boolean remark) {
        long latest = feed.latestChange();
        List<CommuniqueChange> recent = feed.changesAfter(Math.max(0, latest - IN_FLIGHT));
        if (current()) {
            if (remark || index.appliedChange() == SearchIndex.UNKNOWN) {
                // an index made before the change sequence, or kept current by the commits it heard
                markApplied(latest, recent);
            }
            return -1;
        }
        LOG.info("The search index disagrees with the database; rebuilding it");
        return rebuildNow(progress);
    }

    /**
     * Sets the watermark at {@code latest}, awaiting the lower numbers that {@code recent} does not hold yet (but not
     * those the pruning deleted: gone, not on their way).
     */
    private void resetWatermark(long latest, List<CommuniqueChange> recent) {
        watermark.reset(latest, Math.max(feed.prunedThrough() + 1, latest - IN_FLIGHT + 1),
                recent.stream().map(CommuniqueChange::sequence).toList(), System.nanoTime());
    }

    /** Sets the watermark for what was read once {@code latest} was the newest number; returns its mark. */
    private long markFor(long latest, List<CommuniqueChange> recent) {
        resetWatermark(latest, recent);
        return watermark.applied();
    }

    private void markApplied(long latest, List<CommuniqueChange> recent) {
        try {
            index.write(writer -> { }, markFor(latest, recent));
        } catch (IOException e) {
            throw new PressDeskException(e, "search.failed", String.valueOf(e.getMessage()));
        }
    }

    /** Indexes every communiqué again from the database; returns how many. */
    public int rebuild(RebuildProgress progress) {
        awaitIndexed();
        return rebuildNow(progress);
    }

    private int rebuildNow(RebuildProgress progress) {
        // changes committed while the rebuild reads are caught up after it, from this number on (and the lower
        // numbers not committed yet, see resetWatermark)
        long latest = feed.latestChange();
        List<CommuniqueChange> recent = feed.changesAfter(Math.max(0, latest - IN_FLIGHT));
        int total = feed.count();
        int[] done = {0};
        try {
            index.write(writer -> {
                writer.deleteAll();
                feed.forEachPage(page -> {
                    stream(page).forEach(row -> add(writer, row));
                    done[0] += page.size();
                    progress.indexed(done[0], Math.max(total, done[0]));
                });
            }, markFor(latest, recent));
        } catch (IOException e) {
            throw new PressDeskException(e, "search.failed", String.valueOf(e.getMessage()));
        }
        return done[0];
    }

    private static java.util.stream.Stream<SearchableCommunique> stream(List<SearchableCommunique> rows) {
        return rows.size() >= PARALLEL_FROM ? rows.parallelStream() : rows.stream();
    }

    private static void add(IndexWriter writer, SearchableCommunique row) {
        try {
            writer.addDocument(Fields.document(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(IndexWriter writer, SearchableCommunique row) {
        try {
            writer.updateDocument(new Term(Fields.ID, Long.toString(row.id())), Fields.document(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the indexing queued (a command line import, say), then closes the index. */
    @Override
    public void close() {
        indexer.shutdown();
        try {
            if (!indexer.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Indexing still running at close; the next check rebuilds the index");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
