package org.pressdesk.tagging;

import java.util.Set;

/**
 * Recognises what comes before a person's name: "M.", "Mme", "S.E.M.", "S.E. Mme", "Son Excellence", "Dr",
 * "le Ministre", "l’Ambassadrice", "le Général de division".
 */
final class Honorifics {
    private static final Set<String> SHORT = Set.of("Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "SEM",
            "SE", "SEMme");
    private static final Set<String> WORDS = Set.of("monsieur", "madame", "mademoiselle", "messieurs");

    private Honorifics() {
    }

    /** Whether an honorific of courtesy ("M.", "Mme", "S.E.M.", "Son Excellence"), not a title, starts at i. */
    static boolean courtesy(Passage passage, int i) {
        int after = after(passage, i);
        return after >= 0 && !FrenchWords.TITLES.contains(passage.atom(i).key());
    }

    /** The index of the first atom after an honorific or title that starts at {@code i}, or -1. */
    static int after(Passage passage, int i) {
        Atom atom = passage.atom(i);
        String text = atom.text();
        if ((text.equals("M") || text.equals("MM")) && dotted(passage, i)) {
            return i + 1;
        }
        if (text.equals("S") && dotted(passage, i) && is(passage, i + 1, "E")) {
            return excellency(passage, i + 2);
        }
        if (text.equals("SEM") || text.equals("SE")) {
            return excellency(passage, i + 1);
        }
        if (SHORT.contains(text) || WORDS.contains(atom.key())) {
            return i + 1;
        }
        if (atom.key().equals("son") && is(passage, i + 1, "Excellence")) {
            return excellency(passage, i + 2);
        }
        if (FrenchWords.TITLES.contains(atom.key()) && atom.gap() != Atom.Gap.BREAK) {
            return afterRank(passage, i + 1);
        }
        return -1;
    }

    /** After "S.E." or "Son Excellence": an optional "M.", "Mme", "Monsieur" or "Madame". */
    private static int excellency(Passage passage, int j) {
        if (j >= passage.size()) {
            return -1;
        }
        Atom next = passage.atom(j);
        if (next.text().equals("M") && dotted(passage, j) || SHORT.contains(next.text())
                || WORDS.contains(next.key())) {
            return j + 1;
        }
        return j;
    }

    /** Skips a rank after a military title: "de division", "de brigade", "d’armée", "-major". */
    private static int afterRank(Passage passage, int j) {
        int k = j;
        while (k + 1 < passage.size()) {
            String key = passage.atom(k).key();
            if ((key.equals("de") || key.equals("d")) && FrenchWords.RANKS.contains(passage.atom(k + 1).key())) {
                k += 2;
            } else if (FrenchWords.RANKS.contains(key)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean dotted(Passage passage, int i) {
        return passage.gapAfter(i).startsWith(".");
    }

    private static boolean is(Passage passage, int i, String text) {
        return i < passage.size() && passage.atom(i).text().equals(text);
    }
}
