package org.pressdesk.pdf;

import java.util.SortedSet;

/**
 * Keeps only characters a face can draw. A character the face lacks becomes an equivalent it has (a no-break space
 * for a narrow one, a hyphen for a no-break hyphen) or else a visible mark, "□" where the face has it and "?"
 * otherwise; each code point so marked is recorded, so the export never fails on an unknown character and the
 * caller can tell the user which ones were replaced.
 */
final class GlyphGuard {

    static final char WHITE_SQUARE = '\u25A1';

    private final SortedSet<Integer> replaced;

    /** @param replaced where the code points printed as a mark are collected */
    GlyphGuard(SortedSet<Integer> replaced) {
        this.replaced = replaced;
    }

    /** Returns {@code text} with every character {@code face} lacks replaced; '\n' passes through. */
    String drawable(String text, FontFace face) {
        if (allDrawable(text, face)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(drawable(cp, face)));
        return out.toString();
    }

    private static boolean allDrawable(String text, FontFace face) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && (Character.isSurrogate(c) || !face.has(c))) {
                return false;
            }
        }
        return true;
    }

    private char drawable(int codePoint, FontFace face) {
        if (codePoint == '\n' || face.has(codePoint) && codePoint <= Character.MAX_VALUE) {
            return (char) codePoint;
        }
        char equivalent = equivalent(codePoint);
        if (equivalent != 0 && face.has(equivalent)) {
            return equivalent;
        }
        replaced.add(codePoint);
        return face.has(WHITE_SQUARE) ? WHITE_SQUARE : '?';
    }

    /** A character that means the same and keeps the same line-breaking behaviour, or 0. */
    private static char equivalent(int codePoint) {
        switch (codePoint) {
            case '\u202F':
            case '\u2007':
                return '\u00A0';
            case '\u2011':
                return '\u2010';
            default:
                return 0;
        }
    }
}
