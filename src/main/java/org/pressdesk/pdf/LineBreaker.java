package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking at ordinary spaces (U+0020) only, so every no-break space holds. A word wider than the line
 * is cut, preferably after a '/', '-', '.' or similar so that URLs split where a reader expects, and starts on the
 * current line rather than leaving it short; nothing is ever wider than the line. Lines come back with single
 * spaces between words.
 */
final class LineBreaker {

    private static final String SPLIT_AFTER = "/-.\u2010_?&=#,;:\u00A0\u202F";
    /** A word too long for any line starts on the current one if at least this many ems are left there. */
    private static final float MIN_ROOM_EMS = 3f;

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
            float room = line.length() == 0 ? maxWidth : maxWidth - lineWidth - spaceWidth;
            if (wordWidth <= room) {
                if (line.length() > 0) {
                    line.append(' ');
                    lineWidth += spaceWidth;
                }
                line.append(word);
                lineWidth += wordWidth;
                continue;
            }
            String rest = wordWidth > maxWidth ? startOnLine(line, word, room) : word;
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            rest = face.width(rest, size) <= maxWidth ? rest : splitLongWord(rest, maxWidth, lines);
            line.append(rest);
            lineWidth = face.width(rest, size);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Puts the head of a word too long for any line at the end of a started line, if there is room enough, and
     * returns the rest of the word.
     */
    private String startOnLine(StringBuilder line, String word, float room) {
        if (line.length() == 0 || room < MIN_ROOM_EMS * size) {
            return word;
        }
        int end = splitPoint(word, 0, room);
        line.append(' ').append(word, 0, end);
        return word.substring(end);
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
