package org.pressdesk.tagging;

/**
 * One word of a text, cut at spaces, punctuation, hyphens and apostrophes ("l’Ambassadeur" is two atoms, "Pays-Bas"
 * too), with its folded key and what separates it from the next atom.
 */
record Atom(int start, int end, String text, String key, Gap gap, boolean title) {

    /** What lies between an atom and the next one. */
    enum Gap {
        /** Blanks only, on the same line. */
        SPACE,
        /** One hyphen and nothing else: the two atoms form a compound ("sino-malien", "Jean-Baptiste"). */
        HYPHEN,
        /** One apostrophe: an elision ("l’") or a name ("N’Diaye"). */
        APOSTROPHE,
        /** Anything else: punctuation, a line break, the end of the text. */
        BREAK
    }

    boolean joined() {
        return gap == Gap.HYPHEN || gap == Gap.APOSTROPHE;
    }

    /** Starts with a capital letter. */
    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Two letters or more, all capitals ("TRAORÉ", "ONU"). */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Capitalised with small letters after ("Mariam"). */
    boolean titleCase() {
        return capitalised() && !allCaps() && text.length() > 1;
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }
}
