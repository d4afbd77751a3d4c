package org.pressdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.CharArrayMatcher;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

/**
 * A field's matches read from the offsets its postings store, the same as Lucene's token-stream strategy finds by
 * analysing the text again: a stored word matches the first of the query's matchers (its exact words, then its
 * multi-term parts) that accepts it, is named after that matcher, and claims the same unknown frequency, so that
 * passages score as before. The words that can match are found once per segment and search ({@link LeafWords});
 * each body then costs a few postings reads. A body cut at the highlighter's length limit, or holding Lucene's
 * separator of values, keeps the analysing way: there the stored offsets and the analysis could differ.
 */
final class StoredOffsetsStrategy extends FieldOffsetStrategy {
    /** What the highlighter puts between the values of a field with several (UnifiedHighlighter's own). */
    private static final char VALUE_SEPARATOR = '\u2029';

    private final FieldOffsetStrategy analysing;
    private final CharArrayMatcher[] matchers;
    private final BytesRef[] labels;
    private final List<MultiTermQuery> multiTerms;
    private final int maxLength;
    private final Map<LeafReader, LeafWords> leaves = new IdentityHashMap<>();

    private StoredOffsetsStrategy(UHComponents components, FieldOffsetStrategy analysing,
            List<MultiTermQuery> multiTerms, int maxLength) {
        super(components);
        this.analysing = analysing;
        this.multiTerms = multiTerms;
        this.maxLength = maxLength;
        this.matchers = matchers(components.getTerms(), components.getAutomata());
        this.labels = new BytesRef[matchers.length];
        for (int i = 0; i < matchers.length; i++) {
            labels[i] = new BytesRef(matchers[i].toString());
        }
    }

    /** Null when the query holds a part matching many words that is not a multi-term query (unknown words). */
    static StoredOffsetsStrategy of(UHComponents components, FieldOffsetStrategy analysing, int maxLength) {
        List<MultiTermQuery> multiTerms = new ArrayList<>();
        boolean[] unknown = {false};
        components.getQuery().visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                if (query instanceof MultiTermQuery multiTerm) {
                    multiTerms.add(multiTerm);
                } else {
                    unknown[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return unknown[0] ? null : new StoredOffsetsStrategy(components, analysing, multiTerms, maxLength);
    }

    /** The exact words first, each matched as a whole, then the multi-term parts: the token-stream strategy's order. */
    private static CharArrayMatcher[] matchers(BytesRef[] terms, LabelledCharArrayMatcher[] automata) {
        CharArrayMatcher[] all = new CharArrayMatcher[terms.length + automata.length];
        for (int i = 0; i < terms.length; i++) {
            String word = terms[i].utf8ToString();
            CharacterRunAutomaton whole = new CharacterRunAutomaton(Automata.makeString(word));
            all[i] = LabelledCharArrayMatcher.wrap(word, whole::run);
        }
        System.arraycopy(automata, 0, all, terms.length, automata.length);
        return all;
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        if (content.length() >= maxLength || content.indexOf(VALUE_SEPARATOR) >= 0) {
            return analysing.getOffsetsEnum(reader, docId, content);
        }
        LeafWords words = leaves.get(reader);
        if (words == null) {
            words = LeafWords.of(reader, getField(), components.getTerms(), multiTerms, matchers);
            leaves.put(reader, words);
        }
        return words.matches(docId, labels);
    }
}
