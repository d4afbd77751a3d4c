package org.pressdesk.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Prepares TrueType bytes for PDFBox. PDFBox 3 runs every word through the font's OpenType substitutions (GSUB)
 * when a font has them, compiling regular expressions per word: that made a one-page export take 60 ms and a long
 * one seconds. For the Latin text set here, composed to NFC beforehand, Liberation's substitutions change nothing,
 * so the table is hidden by renaming its tag; measured widths then also match exactly what is drawn. Subsets never
 * carried the table anyway.
 */
final class FontBytes {

    private static final int TABLE_COUNT_OFFSET = 4;
    private static final int TABLE_RECORDS_OFFSET = 12;
    private static final int TABLE_RECORD_SIZE = 16;
    private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HIDDEN = "Xsub".getBytes(StandardCharsets.US_ASCII);

    private FontBytes() {
    }

    /** A copy of {@code ttf} whose GSUB table, if any, no longer goes by that name. */
    static byte[] withoutSubstitutions(byte[] ttf) {
        byte[] copy = ttf.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = Short.toUnsignedInt(buffer.getShort(TABLE_COUNT_OFFSET));
        for (int i = 0; i < tables; i++) {
            int record = TABLE_RECORDS_OFFSET + i * TABLE_RECORD_SIZE;
            if (record + GSUB.length <= copy.length && hasTag(copy, record, GSUB)) {
                System.arraycopy(HIDDEN, 0, copy, record, HIDDEN.length);
            }
        }
        return copy;
    }

    private static boolean hasTag(byte[] font, int at, byte[] tag) {
        for (int i = 0; i < tag.length; i++) {
            if (font[at + i] != tag[i]) {
                return false;
            }
        }
        return true;
    }
}
