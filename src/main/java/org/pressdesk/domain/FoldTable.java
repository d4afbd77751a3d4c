package org.pressdesk.domain;

/**
 * {@link TextKeys#fold} worked out once per character for the letters French texts use (up to U+024F) and for
 * general punctuation (U+2000 to U+206F: the ’ of nearly every French text, the narrow no-break space), so that
 * folding a text is one pass over its characters instead of a normalisation and two regular expressions. Any
 * other character sends the whole text through the exact path; the result is the same either way.
 */
final class FoldTable {
    private static final int LATIN_END = 0x250;
    private static final int PUNCTUATION_START = 0x2000;
    private static final int PUNCTUATION_END = 0x2070;
    private static final String SPACE = " ";
    private static final String[] LATIN = new String[LATIN_END];
    private static final String[] PUNCTUATION = new String[PUNCTUATION_END - PUNCTUATION_START];

    static {
        for (char c = 0; c < LATIN_END; c++) {
            LATIN[c] = entry(c);
        }
        for (char c = PUNCTUATION_START; c < PUNCTUATION_END; c++) {
            PUNCTUATION[c - PUNCTUATION_START] = entry(c);
        }
    }

    private FoldTable() {
    }

    private static String entry(char c) {
        if (isSpace(c)) {
            return SPACE;
        }
        // below the space, the exact path only trims; it keeps such a character inside a text
        return c <= ' ' ? String.valueOf(c) : TextKeys.exactFold(String.valueOf(c));
    }

    /** The blanks the exact path turns into one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u202F';
    }

    private static String of(char c) {
        if (c < LATIN_END) {
            return LATIN[c];
        }
        return c >= PUNCTUATION_START && c < PUNCTUATION_END ? PUNCTUATION[c - PUNCTUATION_START] : null;
    }

    /** The folded text, or null when a character is outside the tables. */
    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = of(c);
            if (folded == null) {
                return null;
            }
            if (out == null && (c >= 'A' && c <= 'Z' || c > 127 || c <= ' ')) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                append(out, folded);
            }
        }
        return out == null ? text : out.toString().trim();
    }

    private static void append(StringBuilder out, String folded) {
        if (SPACE.equals(folded)) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        } else {
            out.append(folded);
        }
    }
}
