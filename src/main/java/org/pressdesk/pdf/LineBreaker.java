package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking at ordinary spaces (U+0020) only, so every no-break space holds. A word wider than the line
 * is cut, preferably after a '/', '-', '.' or similar so that URLs split where a reader expects; nothing is ever
 * wider than the line. Lines come back with single spaces between words.
 */
final class LineBreaker {

    private static final String SPLIT_AFTER = "/-.\u2010_?&=#,;:\u00A0\u202F";

    private final FontFace face;
    private final float size;
    private final float spaceWidth;

    LineBreaker(FontFace face, float size) {
        this.face = face;
        this.size = size;
        this.spaceWidth = face.width(" ", size);
    }

    /** The lines of one paragraph whose characters the face can all draw. */
    List<String> wrap(String paragraph, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : words(paragraph)) {
            float wordWidth = face.width(word, size);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = wordWidth <= maxWidth ? word : splitLongWord(word, maxWidth, lines);
            line.append(rest);
            lineWidth = face.width(rest, size);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < paragraph.length()) {
            int end = paragraph.indexOf(' ', start);
            if (end < 0) {
                end = paragraph.length();
            }
            if (end > start) {
                words.add(paragraph.substring(start, end));
            }
            start = end + 1;
        }
        return words;
    }

    /** Adds the full-width pieces of {@code word} to {@code lines} and returns the last, shorter piece. */
    private String splitLongWord(String word, float maxWidth, List<String> lines) {
        int start = 0;
        int end = splitPoint(word, start, maxWidth);
        while (end < word.length()) {
            lines.add(word.substring(start, end));
            start = end;
            end = splitPoint(word, start, maxWidth);
        }
        return word.substring(start);
    }

    /** The end of the longest piece from {@code start} that fits, moved back to a natural split point if near. */
    private int splitPoint(String word, int start, float maxWidth) {
        float width = 0;
        int end = start;
        while (end < word.length()) {
            float next = width + face.advance(word.charAt(end)) * size / 1000f;
            if (next > maxWidth) {
                break;
            }
            width = next;
            end++;
        }
        if (end == word.length()) {
            return end;
        }
        if (end == start) {
            return start + 1;
        }
        for (int i = end - 1; i > start + (end - start) / 2; i--) {
            if (SPLIT_AFTER.indexOf(word.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return end;
    }

    /** {@code text} on one line: as it is if it fits, else cut and ended with "…" (or "..."). */
    String fitOnOneLine(String text, float maxWidth) {
        String flat = text.replace('\n', ' ');
        if (face.width(flat, size) <= maxWidth) {
            return flat;
        }
        String ellipsis = face.has('\u2026') ? "\u2026" : "...";
        float room = maxWidth - face.width(ellipsis, size);
        int end = 0;
        float width = 0;
        while (end < flat.length() && width + face.advance(flat.charAt(end)) * size / 1000f <= room) {
            width += face.advance(flat.charAt(end)) * size / 1000f;
            end++;
        }
        return flat.substring(0, end).stripTrailing() + ellipsis;
    }
}
