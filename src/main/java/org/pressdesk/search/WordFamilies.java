package org.pressdesk.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a reader expects a word to find besides itself, made from French endings rather than listed:
 * "ambassade", "ambassadeur", "ambassadrice" are one family, and so are a country and its people ("Mali",
 * "malien", "maliennes"; "Sénégal", "sénégalais"; "Guinée", "guinéens"). Words are folded (lower case, no accents),
 * as the index's word fields keep them.
 */
final class WordFamilies {
    /** Endings of a person or thing made from a root: "ambassad-e", "ambassad-eur", "ambassad-rice". */
    private static final List<String> DERIVED = List.of("e", "es", "eur", "eurs", "euse", "euses", "rice", "rices");
    /** Endings of a people or its adjective made from a country's name. */
    private static final List<String> PEOPLE = List.of("ien", "ienne", "iens", "iennes", "ais", "aise", "aises",
            "ois", "oise", "oises", "en", "enne", "ens", "ennes", "ain", "aine", "ains", "aines", "an", "ane", "ans",
            "anes");
    private static final int MIN_ROOT = 4;
    private static final int MAX_WORD = 30;

    private WordFamilies() {
    }

    /** The other words of {@code word}'s family (the word itself left out); empty for short or odd words. */
    static Set<String> of(String word) {
        Set<String> family = new LinkedHashSet<>();
        if (word.length() < MIN_ROOT || word.length() > MAX_WORD || !word.chars().allMatch(Character::isLetter)) {
            return family;
        }
        for (String root : roots(word)) {
            for (String ending : DERIVED) {
                family.add(root + ending);
            }
            for (String ending : PEOPLE) {
                family.add(root + ending);
            }
            family.add(root);
            family.add(root + "e");
        }
        family.remove(word);
        return family;
    }

    /** The word itself, without a final "e", and without any ending of the lists above that leaves a root. */
    private static Set<String> roots(String word) {
        Set<String> roots = new LinkedHashSet<>();
        roots.add(word);
        if (word.endsWith("e") && word.length() - 1 >= MIN_ROOT) {
            roots.add(word.substring(0, word.length() - 1));
        }
        for (List<String> endings : List.of(DERIVED, PEOPLE)) {
            for (String ending : endings) {
                if (word.endsWith(ending) && word.length() - ending.length() >= MIN_ROOT) {
                    roots.add(word.substring(0, word.length() - ending.length()));
                }
            }
        }
        return roots;
    }
}
