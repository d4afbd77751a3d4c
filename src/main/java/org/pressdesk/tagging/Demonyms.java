package org.pressdesk.tagging;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The four forms of a French demonym from its masculine singular: américain, américaine, américains,
 * américaines; ivoirien, ivoirienne…; néerlandais, néerlandaise, néerlandaises; belge, belges. An irregular
 * feminine is given after a slash: "turc/turque".
 */
final class Demonyms {
    private Demonyms() {
    }

    /** The masculine singular first, then the other forms. */
    static Set<String> forms(String entry) {
        String[] parts = entry.split("/", 2);
        String masculine = parts[0].strip();
        String feminine = parts.length > 1 ? parts[1].strip() : feminine(masculine);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(masculine);
        forms.add(feminine);
        forms.add(plural(masculine));
        forms.add(plural(feminine));
        return forms;
    }

    static String feminine(String masculine) {
        if (masculine.endsWith("e")) {
            return masculine;
        }
        if (masculine.endsWith("en")) {
            return masculine + "ne";
        }
        return masculine + "e";
    }

    static String plural(String singular) {
        return singular.endsWith("s") || singular.endsWith("x") ? singular : singular + "s";
    }
}
