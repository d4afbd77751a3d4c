package org.pressdesk.tagging;

import org.pressdesk.domain.TextKeys;

/**
 * {@link TextKeys#fold} made fast for the Latin letters French texts use: the fold of every character up to
 * U+024F is worked out once, with TextKeys itself; anything beyond goes through TextKeys. The result is the same.
 */
final class Folding {
    private static final int TABLE_SIZE = 0x250;
    private static final String[] TABLE = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            if (isSpace(c)) {
                TABLE[c] = " ";
            } else {
                TABLE[c] = c <= ' ' ? String.valueOf(c) : TextKeys.fold(String.valueOf(c));
            }
        }
    }

    private Folding() {
    }

    /** The blanks TextKeys turns into one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE) {
                return TextKeys.fold(text);
            }
            if (out == null && (c >= 'A' && c <= 'Z' || c > 127 || c == ' ' || c < ' ')) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                append(out, TABLE[c]);
            }
        }
        return out == null ? text : out.toString().trim();
    }

    private static void append(StringBuilder out, String folded) {
        if (folded.equals(" ")) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        } else {
            out.append(folded);
        }
    }
}
