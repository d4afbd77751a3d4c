package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into atoms, fast: a 5,000-character communiqué in a fraction of a millisecond. */
final class Atoms {
    private Atoms() {
    }

    /** The atoms of {@code text}; those before {@code titleEnd} are marked as the title's. */
    static List<Atom> of(String text, int titleEnd) {
        List<Atom> atoms = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            int next = i;
            while (next < n && !isWordChar(text.charAt(next))) {
                next++;
            }
            String word = text.substring(start, i);
            atoms.add(new Atom(start, i, word, fold(word), gap(text, i, next), start < titleEnd));
        }
        return atoms;
    }

    /** The atoms of a vocabulary entry, as keys. */
    static List<String> keys(String phrase) {
        return of(phrase, 0).stream().map(Atom::key).toList();
    }

    private static Atom.Gap gap(String text, int from, int to) {
        if (to >= text.length()) {
            return Atom.Gap.BREAK;
        }
        if (to - from == 1) {
            char c = text.charAt(from);
            if (c == '-' || c == '\u2011') {
                return Atom.Gap.HYPHEN;
            }
            if (c == '\'' || c == '’' || c == 'ʼ') {
                return Atom.Gap.APOSTROPHE;
            }
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F')) {
                return Atom.Gap.BREAK;
            }
        }
        return Atom.Gap.SPACE;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The same key as {@link TextKeys#fold}, fast. */
    static String fold(String word) {
        return Folding.fold(word);
    }
}
