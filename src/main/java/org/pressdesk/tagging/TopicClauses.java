package org.pressdesk.tagging;

import java.util.Set;

/**
 * The clauses where a French communiqué says what something was about: "Les échanges ont porté sur…", "dans
 * les domaines de…", "notamment…", "en particulier…", "consacré à…", "au centre des échanges :…", "sous le
 * thème…".
 * From such words to the end of the sentence, a theme's keywords weigh more.
 */
final class TopicClauses {
    private static final Set<String> VERBS_WITH_SUR = Set.of("porte", "portant", "porteront", "portera", "portaient",
            "portait", "axe", "axes", "axee", "axees", "centre", "centres", "centree", "centrees");
    private static final Set<String> ALONE = Set.of("domaine", "domaines", "notamment", "consacre", "consacree",
            "consacres", "consacrees", "theme", "themes", "secteurs");

    private TopicClauses() {
    }

    /** Marks the atoms from each such word to the end of its sentence. */
    static boolean[] mark(Passage passage) {
        boolean[] marked = new boolean[passage.size()];
        for (int i = 0; i < passage.size(); i++) {
            if (!passage.atom(i).title() && opensTopic(passage, i)) {
                i = markSentence(passage, i, marked);
            }
        }
        return marked;
    }

    private static boolean opensTopic(Passage passage, int i) {
        String key = passage.atom(i).key();
        String next = i + 1 < passage.size() ? passage.atom(i + 1).key() : "";
        if (ALONE.contains(key) || VERBS_WITH_SUR.contains(key) && next.equals("sur")) {
            return true;
        }
        return key.equals("en") && next.equals("particulier") || key.equals("centre") && next.equals("des")
                && i + 2 < passage.size() && passage.atom(i + 2).key().equals("echanges");
    }

    private static int markSentence(Passage passage, int from, boolean[] marked) {
        int k = from;
        while (k < passage.size()) {
            marked[k] = true;
            String gap = passage.gapAfter(k);
            if (gap.indexOf('.') >= 0 || gap.indexOf('\n') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0) {
                break;
            }
            k++;
        }
        return k;
    }
}
