package org.pressdesk.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One parsed TrueType face with the two questions layout asks of it, cached: does the font draw this character, and
 * how wide is it. Widths are in thousandths of the font size, as in PDF text space. Not thread-safe: a face belongs
 * to one export at a time (see {@link FontPool}).
 */
final class FontFace {

    private static final float UNKNOWN = Float.NaN;
    private static final float MISSING = -1f;

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float[] widths = new float[Character.MAX_VALUE + 1];
    private final float unitsToThousandths;

    FontFace(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsToThousandths = 1000f / font.getUnitsPerEm();
        Arrays.fill(widths, UNKNOWN);
    }

    TrueTypeFont font() {
        return font;
    }

    /** Whether the font has a glyph for the code point. */
    boolean has(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return cmap.getGlyphId(codePoint) != 0;
        }
        return advance((char) codePoint) != MISSING;
    }

    /** The advance width of {@code c} in thousandths of the font size, or -1 if the font lacks it. */
    float advance(char c) {
        float width = widths[c];
        if (Float.isNaN(width)) {
            width = lookUp(c);
            widths[c] = width;
        }
        return width;
    }

    private float lookUp(char c) {
        int gid = cmap.getGlyphId(c);
        if (gid == 0) {
            return MISSING;
        }
        try {
            return font.getAdvanceWidth(gid) * unitsToThousandths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width of {@code text[from, to)} at {@code size} points; every character must be one the font has. */
    float width(CharSequence text, int from, int to, float size) {
        float total = 0;
        for (int i = from; i < to; i++) {
            total += advance(text.charAt(i));
        }
        return total * size / 1000f;
    }

    float width(CharSequence text, float size) {
        return width(text, 0, text.length(), size);
    }
}
