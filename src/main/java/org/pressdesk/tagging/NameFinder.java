package org.pressdesk.tagging;

import java.util.List;
import java.util.Set;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TextKeys;

/** Finds the organisations of the built-in list and every name the office's own tags know (persons included). */
final class NameFinder {
    /** Words that start the name of an organ or office of another organisation. */
    private static final Set<String> HEADS = Set.of("bureau", "parlement", "cour", "assemblee", "banque", "fonds",
            "institut", "ecole", "centre", "tribunal");
    private static final Set<String> LINKS = Set.of("de", "du", "des", "la", "l", "d");
    private final OrganizationTable organizations;

    NameFinder(OrganizationTable organizations) {
        this.organizations = organizations;
    }

    void find(Passage passage, KnownNames known) {
        List<Atom> atoms = passage.atoms();
        int i = 0;
        while (i < atoms.size()) {
            var knownMatches = known.names().longest(atoms, i);
            var builtIn = organizations.names().longest(atoms, i);
            int knownLength = knownMatches.isEmpty() ? 0 : knownMatches.get(0).length();
            int builtInLength = builtIn.isEmpty() ? 0 : builtIn.get(0).length();
            if (knownLength == 0 && builtInLength == 0) {
                i++;
            } else if (knownLength >= builtInLength) {
                KnownName name = knownMatches.get(0).value();
                i = found(passage, i, knownLength, name.kind(), name.label());
            } else {
                List<String> labels = builtIn.stream().map(PhraseIndex.Match::value).distinct().toList();
                String label = labels.size() == 1 ? labels.get(0) : expanded(passage, builtIn);
                int head = label == null ? -1 : containingHead(passage, i);
                if (label == null) {
                    i += builtInLength;
                } else if (head >= 0) {
                    int end = complementEnd(passage, i + builtInLength - 1);
                    found(passage, head, end - head + 1, TagKind.ORGANIZATION, passage.span(head, end));
                    i = end + 1;
                } else {
                    i = found(passage, i, builtInLength, TagKind.ORGANIZATION, label);
                }
            }
        }
    }

    /**
     * The start of a longer name that holds the organisation found at {@code at} ("Bureau régional de l’OMS",
     * "Parlement de la CEDEAO" when the list does not know it): a capitalised head word, perhaps an adjective or
     * two, then "de", "du", "de la", "de l’"; -1 when there is none. The longer name is another organisation.
     */
    private static int containingHead(Passage passage, int at) {
        int k = at - 1;
        int particles = 0;
        while (k >= 0 && particles < 2 && LINKS.contains(passage.atom(k).key())
                && passage.atom(k).gap() != Atom.Gap.BREAK) {
            k--;
            particles++;
        }
        if (particles == 0) {
            return -1;
        }
        for (int adjectives = 0; k >= 0 && adjectives <= 2; adjectives++, k--) {
            Atom atom = passage.atom(k);
            if (atom.gap() == Atom.Gap.BREAK) {
                return -1;
            }
            if (atom.capitalised() && HEADS.contains(atom.key())) {
                return k;
            }
            if (atom.capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a complement of place after a name: "… pour l’Afrique", "… pour l’Afrique de l’Ouest". */
    private static int complementEnd(Passage passage, int last) {
        int k = last + 1;
        if (k + 2 >= passage.size() || passage.atom(last).gap() == Atom.Gap.BREAK
                || !passage.atom(k).key().equals("pour")) {
            return last;
        }
        int end = last;
        for (int j = k + 1; j < passage.size() && j <= k + 6; j++) {
            Atom atom = passage.atom(j);
            if (atom.capitalised()) {
                end = j;
            } else if (!LINKS.contains(atom.key())) {
                break;
            }
            if (atom.gap() == Atom.Gap.BREAK) {
                break;
            }
        }
        return end;
    }

    /**
     * An acronym that two organisations share ("CNT") names the one whose full name the text gives; none when the
     * text gives neither.
     */
    private String expanded(Passage passage, List<PhraseIndex.Match<String>> matches) {
        String text = passage.folded();
        String chosen = null;
        for (PhraseIndex.Match<String> match : matches) {
            for (String name : organizations.namesOf(match.value())) {
                if (containsName(text, TextKeys.fold(name))) {
                    if (chosen != null && !chosen.equals(match.value())) {
                        return null;
                    }
                    chosen = match.value();
                }
            }
        }
        return chosen;
    }

    private static boolean containsName(String text, String name) {
        int at = text.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if (end == text.length() || !Character.isLetter(text.charAt(end))) {
                return true;
            }
            at = text.indexOf(name, at + 1);
        }
        return false;
    }

    private static int found(Passage passage, int at, int length, TagKind kind, String label) {
        passage.findings().add(kind, label, at, passage.span(at, at + length - 1), 1);
        passage.take(at, length, kind);
        return at + length;
    }
}
