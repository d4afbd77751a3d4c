package org.pressdesk.domain;

/**
 * Word and character counts as a word processor gives them: a word is a run of non-space characters holding at least
 * one letter or digit, so "l’Ambassadeur" and "porte-parole" count once and a lone dash not at all.
 */
public record TextStats(int words, int characters) {

    public static TextStats of(String text) {
        if (text == null || text.isEmpty()) {
            return new TextStats(0, 0);
        }
        int words = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                inToken = false;
            } else {
                if (!inToken) {
                    inToken = true;
                    counted = false;
                }
                if (!counted && Character.isLetterOrDigit(cp)) {
                    words++;
                    counted = true;
                }
            }
            i += Character.charCount(cp);
        }
        return new TextStats(words, text.codePointCount(0, text.length()));
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
