package org.pressdesk.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text typed or pasted by a person into text the layout can trust: composed accents (NFC), every line-break
 * variant as '\n', tabs and other breaking spaces as ' ', and no control or invisible format characters. No-break
 * spaces (U+00A0, U+2007, U+202F) stay as they are.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    /** Returns the cleaned text; null becomes "". */
    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        int length = composed.length();
        for (int i = 0; i < length; i++) {
            char c = composed.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && composed.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                appendCleaned(out, c);
            }
        }
        return out.toString();
    }

    private static void appendCleaned(StringBuilder out, char c) {
        if (c >= ' ' && c < 0x7F) {
            out.append(c);
        } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            out.append('\n');
        } else if (c == '\t' || isBreakingSpace(c)) {
            out.append(' ');
        } else if (!isInvisible(c)) {
            out.append(c);
        }
    }

    private static boolean isBreakingSpace(char c) {
        return Character.getType(c) == Character.SPACE_SEPARATOR && c != '\u00A0' && c != '\u2007' && c != '\u202F';
    }

    /** Control characters and format characters such as the soft hyphen, zero-width spaces and bidi marks. */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    /** Non-blank lines of {@code cleaned}, stripped of surrounding spaces: a field's lines or a body's paragraphs. */
    static List<String> lines(String cleaned) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= cleaned.length()) {
            int end = cleaned.indexOf('\n', start);
            if (end < 0) {
                end = cleaned.length();
            }
            String line = stripSpaces(cleaned.substring(start, end));
            if (!line.isEmpty()) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    /** Strips ordinary spaces only, so a deliberate no-break space at either end survives. */
    private static String stripSpaces(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) == ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) == ' ') {
            to--;
        }
        return line.substring(from, to);
    }
}
