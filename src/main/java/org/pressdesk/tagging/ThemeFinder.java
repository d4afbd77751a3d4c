package org.pressdesk.tagging;

import java.util.Set;
import org.pressdesk.domain.TagKind;

/**
 * Weighs the keywords of each theme: a word of the title or of a sentence that states the subject ("les échanges
 * ont porté sur…", see {@link TopicClauses}) counts twice, a word inside an organisation's or a ministry's name
 * half ("Ministre de la Coopération internationale" says little about cooperation). A theme is proposed when its
 * weight reaches {@link #THRESHOLD}: one word alone is not enough.
 */
final class ThemeFinder {
    static final double THRESHOLD = 2.0;
    private static final Set<String> MINISTRY = Set.of("ministre", "ministere", "ministres", "ministeres");
    private static final Set<String> CONNECTORS = Set.of("de", "des", "du", "d", "la", "l", "le", "et", "aux");
    private static final Set<String> ADJECTIVES = Set.of("etrangeres", "internationale", "international", "social",
            "sociale", "religieuses", "religieux", "durable", "numerique", "superieur", "scientifique",
            "humanitaire", "nationale", "national", "civile", "publique", "publiques", "economique", "rural",
            "rurale", "locale", "africaine", "regionale", "solidaire", "interieure", "territoriale", "professionnelle");

    private final ThemeTable themes;

    ThemeFinder(ThemeTable themes) {
        this.themes = themes;
    }

    void find(Passage passage) {
        boolean[] inMinistry = ministryNames(passage);
        boolean[] inTopic = TopicClauses.mark(passage);
        boolean partner = passage.findings().all().stream()
                .anyMatch(c -> c.kind() == TagKind.COUNTRY || c.kind() == TagKind.ORGANIZATION);
        int i = 0;
        while (i < passage.size()) {
            TagKind owner = passage.takenBy(i);
            if (owner == TagKind.COUNTRY || owner == TagKind.PERSON || owner == TagKind.THEME) {
                i++;
                continue;
            }
            var matches = themes.phrases().longest(passage.atoms(), i);
            int length = matches.isEmpty() ? 1 : matches.get(0).length();
            ThemeTable.Hit hit = matches.isEmpty() ? stem(passage.atom(i)) : matches.get(0).value();
            if (hit != null && (partner || !hit.withPartner())) {
                double weight = (passage.atom(i).title() || inTopic[i] ? 2 : 1)
                        * (inMinistry[i] || owner == TagKind.ORGANIZATION ? 0.5 : 1);
                passage.findings().add(TagKind.THEME, hit.theme(), i, passage.span(i, i + length - 1), weight);
            }
            i += length;
        }
        passage.findings().all().stream()
                .filter(c -> c.kind() == TagKind.THEME && c.weight() < THRESHOLD)
                .forEach(passage.findings()::remove);
    }

    private ThemeTable.Hit stem(Atom atom) {
        return themes.byStem(atom.key()).orElse(null);
    }

    /** Marks the words of ministries' names ("Ministre des Affaires étrangères et de la Coopération …"). */
    private static boolean[] ministryNames(Passage passage) {
        boolean[] marked = new boolean[passage.size()];
        for (int i = 0; i < passage.size(); i++) {
            if (!MINISTRY.contains(passage.atom(i).key())) {
                continue;
            }
            for (int j = i + 1; j < passage.size() && j - i <= 14 && passage.atom(j - 1).gap() != Atom.Gap.BREAK;
                    j++) {
                if (!partOfName(passage.atom(j), passage.atom(j - 1))) {
                    break;
                }
                marked[j] = true;
            }
        }
        return marked;
    }

    private static boolean partOfName(Atom atom, Atom before) {
        if (CONNECTORS.contains(atom.key())) {
            return true;
        }
        if (atom.capitalised()) {
            return !atom.allCaps() && !atom.text().equals("M") && !atom.text().equals("Mme");
        }
        return CONNECTORS.contains(before.key()) || before.capitalised() && ADJECTIVES.contains(atom.key());
    }
}
