package org.pressdesk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the body around the matched words, from the offsets stored in the index (no second analysis, even for
 * a word's family, a typo or a word being typed: {@link StoredOffsetsHighlighter}). A body without a match gives its
 * opening words.
 */
final class Snippets {
    private static final int PASSAGES = 2;
    private static final int MAX_LENGTH = 50_000;
    /** About two lines of text per passage; cut at word boundaries, which is cheaper than finding sentences. */
    private static final int PASSAGE_LENGTH = 140;

    private final Analyzer analyzer;
    private final boolean storedOffsets;

    Snippets(Analyzer analyzer) {
        this(analyzer, true);
    }

    private Snippets(Analyzer analyzer, boolean storedOffsets) {
        this.analyzer = analyzer;
        this.storedOffsets = storedOffsets;
    }

    /** The snippets as Lucene's stock highlighter makes them, analysing the bodies again: the yardstick of tests. */
    static Snippets analysing(Analyzer analyzer) {
        return new Snippets(analyzer, false);
    }

    /** {@code bodies}: the stored body of each of {@code top}'s documents, in its order. */
    List<Snippet> of(IndexSearcher searcher, Query query, TopDocs top, List<String> bodies) throws IOException {
        List<Snippet> snippets = new ArrayList<>(top.scoreDocs.length);
        if (top.scoreDocs.length == 0) {
            return snippets;
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_LENGTH)
                .withMaxNoHighlightPassages(1)
                .withPassageRelevancyOverSpeed(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.FRENCH), PASSAGE_LENGTH, 0.5f))
                // The start of a word being typed is searched in the words fields; its automaton, applied to the
                // body's stored offsets, highlights the word where its stem begins the same way.
                .withFieldMatcher(field -> field.equals(Fields.BODY) || field.equals(Fields.TITLE)
                        || field.equals(Fields.BODY_WORDS) || field.equals(Fields.TITLE_WORDS));
        UnifiedHighlighter highlighter = storedOffsets
                ? new StoredOffsetsHighlighter(builder.withScorer(new PlainPassageScorer()), MAX_LENGTH,
                        byDocument(top, bodies))
                : builder.build();
        String[] texts = highlighter.highlight(Fields.BODY, query, top, PASSAGES);
        for (String text : texts) {
            snippets.add(text == null ? Snippet.plain("") : Snippet.parse(text));
        }
        return snippets;
    }

    private static Map<Integer, String> byDocument(TopDocs top, List<String> bodies) {
        Map<Integer, String> byDocument = new HashMap<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            byDocument.put(top.scoreDocs[i].doc, bodies.get(i));
        }
        return byDocument;
    }
}
