package org.pressdesk.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** One parsed face per {@link FontStyle}, used by one export at a time. */
final class FontSet {

    private final Map<FontStyle, FontFace> faces = new EnumMap<>(FontStyle.class);

    private FontSet() {
    }

    /** Parses every face from the TrueType bytes, read once by the caller. */
    static FontSet parse(Map<FontStyle, byte[]> fontFiles) throws IOException {
        FontSet set = new FontSet();
        for (FontStyle style : FontStyle.values()) {
            byte[] bytes = fontFiles.get(style);
            set.faces.put(style, new FontFace(new TTFParser().parse(new RandomAccessReadBuffer(bytes))));
        }
        return set;
    }

    FontFace face(FontStyle style) {
        return faces.get(style);
    }
}
