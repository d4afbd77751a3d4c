package org.pressdesk.search;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * One document's matched words as the highlighter walks them: in the order of the text, each named by the matcher
 * that took it, with the frequency Lucene's token-stream strategy claims when it cannot know it (the largest int).
 */
final class StoredMatches extends OffsetsEnum {
    private final int[] starts;
    private final int[] ends;
    private final BytesRef[] names;
    private int at = -1;

    private StoredMatches(int[] starts, int[] ends, BytesRef[] names) {
        this.starts = starts;
        this.ends = ends;
        this.names = names;
    }

    @Override
    public boolean nextPosition() {
        return ++at < starts.length;
    }

    @Override
    public int freq() {
        return Integer.MAX_VALUE;
    }

    @Override
    public BytesRef getTerm() {
        return names[at];
    }

    @Override
    public int startOffset() {
        return starts[at];
    }

    @Override
    public int endOffset() {
        return ends[at];
    }

    /** Gathers matches in any order; sorts them by position. */
    static final class Collector {
        private long[] keys = new long[16];
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int[] matchers = new int[16];
        private int size;

        void add(int position, int start, int end, int matcher) {
            if (size == keys.length) {
                keys = ArrayUtil.grow(keys);
                starts = ArrayUtil.growExact(starts, keys.length);
                ends = ArrayUtil.growExact(ends, keys.length);
                matchers = ArrayUtil.growExact(matchers, keys.length);
            }
            keys[size] = ((long) position << 32) | size;
            starts[size] = start;
            ends[size] = end;
            matchers[size] = matcher;
            size++;
        }

        StoredMatches inTextOrder(BytesRef[] labels) {
            long[] order = Arrays.copyOf(keys, size);
            Arrays.sort(order);
            int[] sortedStarts = new int[size];
            int[] sortedEnds = new int[size];
            BytesRef[] names = new BytesRef[size];
            for (int i = 0; i < size; i++) {
                int from = (int) order[i];
                sortedStarts[i] = starts[from];
                sortedEnds[i] = ends[from];
                names[i] = labels[matchers[from]];
            }
            return new StoredMatches(sortedStarts, sortedEnds, names);
        }
    }
}
