package org.pressdesk.domain;

/**
 * What a title may hold: any script and emoji, but no control characters and no bidirectional overrides. An
 * override (U+202E and its kin) hidden in a title reverses what readers see of the rest of the line, in the list,
 * the PDF and the file name; a control character has no business on one line.
 */
public final class TitleText {
    private TitleText() {
    }

    /** The title without control characters (line breaks and tabs become spaces) and bidirectional controls. */
    public static String clean(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(title.length());
        title.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL) {
                if (Character.isWhitespace(cp)) {
                    out.append(' ');
                }
            } else if (!isBidiControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Embeddings, overrides, isolates and the invisible direction marks: U+202A–202E, U+2066–2069, LRM, RLM, ALM. */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /**
     * Whether a line may begin a title: a capital, a digit, an opening quote or bracket, a letter of a script
     * without capitals (Arabic, Chinese…), or an emoji or other symbol.
     */
    public static boolean startsLikeTitle(int first) {
        boolean caseless = Character.isLetter(first) && !Character.isLowerCase(first)
                && !Character.isUpperCase(first) && !Character.isTitleCase(first);
        int type = Character.getType(first);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first) || caseless
                || type == Character.OTHER_SYMBOL || "«\"“'‘(".indexOf(first) >= 0;
    }
}
