package org.pressdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A yardstick for search timings on a shared machine: plain Lucene term queries on the same index, top 20 with
 * their stored fields, no highlighting, timed as the service's calls are. Their ratio to the service's times means
 * something at any load; the absolute figures do not.
 */
final class LuceneReference {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int TERM_COUNT = 8;

    private LuceneReference() {
    }

    static void time(Path index) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> terms = terms(reader);
            for (int i = 0; i < 200; i++) {
                search(searcher, terms, i);
            }
            int runs = 1_000;
            long[] times = new long[runs];
            long[] cpu = new long[runs];
            for (int i = 0; i < runs; i++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                search(searcher, terms, i);
                times[i] = System.nanoTime() - start;
                cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "reference, plain Lucene term queries on the body %s, top 20 with stored"
                    + " fields: p50 %.3f ms, p95 %.3f ms; thread CPU p50 %.3f ms, p95 %.3f ms%n", terms, times[runs / 2] / 1e6,
                    times[runs * 95 / 100] / 1e6, cpu[runs / 2] / 1e6, cpu[runs * 95 / 100] / 1e6);
        }
    }

    /** The first body terms (in the index's order) found in 1 % to 50 % of the communiqués: common, not stop words. */
    private static List<String> terms(DirectoryReader reader) throws IOException {
        List<String> terms = new ArrayList<>();
        TermsEnum each = MultiTerms.getTerms(reader, "body").iterator();
        for (BytesRef term = each.next(); term != null && terms.size() < TERM_COUNT; term = each.next()) {
            if (each.docFreq() >= reader.numDocs() / 100 && each.docFreq() <= reader.numDocs() / 2) {
                terms.add(term.utf8ToString());
            }
        }
        return terms;
    }

    private static void search(IndexSearcher searcher, List<String> terms, int i) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term("body", terms.get(i % terms.size()))), 20);
        for (ScoreDoc doc : top.scoreDocs) {
            searcher.storedFields().document(doc.doc);
        }
    }
}
