package org.pressdesk.search;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
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

    StoredOffsetsHighlighter(Builder builder, int maxLength) {
        super(builder);
        this.maxLength = maxLength;
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
