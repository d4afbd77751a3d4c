package org.pressdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.uhighlight.CharArrayMatcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The words of one index segment's field that a query's matchers accept, each with the first matcher that accepts
 * it, and where each stands in a document. The candidates are the query's exact words and what each multi-term
 * part finds in the field's dictionary (a typo's neighbours, a family's words, a start's endings): a superset of
 * what the matchers accept, which each candidate is then checked against.
 */
final class LeafWords {
    private final TermsEnum lookup;
    private final List<Word> words;

    /** A word of the field, the matcher it answers to, and its postings, read forwards (documents come in order). */
    private static final class Word {
        final BytesRef term;
        final TermState state;
        final int matcher;
        PostingsEnum postings;

        Word(BytesRef term, TermState state, int matcher) {
            this.term = term;
            this.state = state;
            this.matcher = matcher;
        }
    }

    private LeafWords(TermsEnum lookup, List<Word> words) {
        this.lookup = lookup;
        this.words = words;
    }

    static LeafWords of(LeafReader reader, String field, BytesRef[] exact, List<MultiTermQuery> multiTerms,
            CharArrayMatcher[] matchers) throws IOException {
        Terms terms = reader.terms(field);
        List<Word> words = new ArrayList<>();
        if (terms == null) {
            return new LeafWords(null, words);
        }
        TermsEnum lookup = terms.iterator();
        Set<BytesRef> seen = new HashSet<>();
        CharsRefBuilder chars = new CharsRefBuilder();
        for (BytesRef term : exact) {
            consider(BytesRef.deepCopyOf(term), seen, lookup, matchers, chars, words);
        }
        for (MultiTermQuery query : multiTerms) {
            TermsEnum found = query.getTermsEnum(terms);
            for (BytesRef term = found.next(); term != null; term = found.next()) {
                consider(BytesRef.deepCopyOf(term), seen, lookup, matchers, chars, words);
            }
        }
        return new LeafWords(lookup, words);
    }

    private static void consider(BytesRef term, Set<BytesRef> seen, TermsEnum lookup, CharArrayMatcher[] matchers,
            CharsRefBuilder chars, List<Word> words) throws IOException {
        if (!seen.add(term)) {
            return;
        }
        chars.copyUTF8Bytes(term);
        for (int i = 0; i < matchers.length; i++) {
            if (matchers[i].match(chars.chars(), 0, chars.length())) {
                if (lookup.seekExact(term)) {
                    words.add(new Word(term, lookup.termState(), i));
                }
                return;
            }
        }
    }

    /** The matches in document {@code doc}, in the order of the text, each named by its matcher's label. */
    StoredMatches matches(int doc, BytesRef[] labels) throws IOException {
        StoredMatches.Collector found = new StoredMatches.Collector();
        for (Word word : words) {
            PostingsEnum postings = word.postings;
            if (postings == null || postings.docID() >= doc) {
                lookup.seekExact(word.term, word.state);
                postings = lookup.postings(null, PostingsEnum.OFFSETS);
                word.postings = postings;
            }
            if (postings.advance(doc) != doc) {
                continue;
            }
            for (int i = postings.freq(); i > 0; i--) {
                int position = postings.nextPosition();
                found.add(position, postings.startOffset(), postings.endOffset(), word.matcher);
            }
        }
        return found.inTextOrder(labels);
    }
}
