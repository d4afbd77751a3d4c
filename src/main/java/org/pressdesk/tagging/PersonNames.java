package org.pressdesk.tagging;

import java.util.List;
import java.util.Locale;

/**
 * One written form for a person's name: "Aminata TRAORÉ" is "Aminata Traoré", "Jan VAN DER BERG" is "Jan van
 * der Berg", "Khalid AL-MANSOURI" is "Khalid Al-Mansouri", "N’DIAYE" is "N’Diaye". Words typed in ordinary
 * capitals stay as typed.
 */
final class PersonNames {
    private PersonNames() {
    }

    static String normalise(List<String> words) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                name.append(' ');
            }
            name.append(word(words.get(i), i == 0));
        }
        return name.toString();
    }

    private static String word(String word, boolean first) {
        String key = Atoms.fold(word);
        if (!first && FrenchWords.LOWER_PARTICLES.contains(key)) {
            return word.toLowerCase(Locale.ROOT);
        }
        if (!isAllCaps(word)) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(startOfPart ? c : Character.toLowerCase(c));
            startOfPart = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static boolean isAllCaps(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && word.length() > 1;
    }
}
