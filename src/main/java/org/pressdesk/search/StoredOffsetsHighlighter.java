package org.pressdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.TokenStreamOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's highlighter, except where it would analyse each shown body again: a query with a word's family, a typo
 * or the start of a word being typed holds multi-term parts, and for those the stock highlighter gives up the
 * offsets stored in the index. Here the same matches are read from the stored offsets instead ({@link
 * StoredOffsetsStrategy}), with the same words marked and the same passages chosen. Phrases keep the stock way.
 */
final class StoredOffsetsHighlighter extends UnifiedHighlighter {
    private final int maxLength;
    private final Map<Integer, String> bodies;

    /** {@code bodies}: the stored body of each document to highlight, already read with its other fields. */
    StoredOffsetsHighlighter(Builder builder, int maxLength, Map<Integer, String> bodies) {
        super(builder);
        this.maxLength = maxLength;
        this.bodies = bodies;
    }

    /** The bodies given rather than read again (a document's stored fields are read, and unpacked, once). */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        if (fields.length != 1 || !Fields.BODY.equals(fields[0])) {
            return super.loadFieldValues(fields, docs, cacheCharsThreshold);
        }
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            String body = bodies.get(doc);
            values.add(new CharSequence[] {body == null ? null : body.substring(0, Math.min(maxLength,
                    body.length()))});
        }
        return values;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        FieldOffsetStrategy stock = super.getOffsetStrategy(source, components);
        if (!(stock instanceof TokenStreamOffsetStrategy) || !storesOffsets(components.getField())) {
            return stock;
        }
        StoredOffsetsStrategy stored = StoredOffsetsStrategy.of(components, stock, maxLength);
        return stored == null ? stock : stored;
    }

    private boolean storesOffsets(String field) {
        FieldInfo info = getFieldInfo(field);
        return info != null && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    }
}
