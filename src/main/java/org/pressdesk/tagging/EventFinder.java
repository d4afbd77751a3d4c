package org.pressdesk.tagging;

import java.util.List;
import java.util.Set;
import org.pressdesk.domain.TagKind;

/**
 * Finds named events: a capitalised keyword ("Salon", "Forum", "Sommet", "Semaine", "Festival"…) and what
 * names it ("international de l’artisanat de Ouagadougou", "Corée-Afrique", "nationale de la jeunesse"), up to a
 * comma, a parenthesis or an ordinary word. A bare keyword ("le Forum s’achèvera") names nothing; a trailing year
 * is left out of the name.
 */
final class EventFinder {
    private static final Set<String> KEYWORDS = Set.of("salon", "forum", "sommet", "conference", "semaine",
            "festival", "journee", "journees", "biennale", "foire", "coupe", "jeux", "championnat", "congres",
            "colloque", "symposium", "assises", "rencontres", "exposition", "fete", "mois", "tournoi", "hajj");
    private static final Set<String> NOT_EVENTS = Set.of("conference de presse", "semaine prochaine",
            "semaine derniere", "mois prochain", "mois dernier", "journee de travail");
    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d", "la", "l", "le", "les", "sur",
            "pour");
    private static final Set<String> ADJECTIVES = Set.of("international", "internationale", "internationaux",
            "national", "nationale", "mondial", "mondiale", "africain", "africaine", "regional", "regionale",
            "panafricain", "panafricaine", "ministeriel", "ministerielle", "extraordinaire", "ordinaire", "annuel",
            "annuelle", "economique", "islamique", "arabe", "continental", "continentale", "sous-regional",
            "sous-regionale", "culturel", "culturelle", "olympiques", "paralympiques", "mondiaux");
    private static final int MAX_GROUPS = 3;

    void find(Passage passage) {
        int i = 0;
        while (i < passage.size()) {
            Atom atom = passage.atom(i);
            int end = atom.capitalised() && KEYWORDS.contains(atom.key()) ? nameEnd(passage, i) : i;
            if (end > i) {
                String name = passage.span(i, end);
                if (!notAnEvent(Atoms.fold(name))) {
                    passage.findings().add(TagKind.EVENT, name, i, evidence(passage, i, end), 1);
                }
            } else if (atom.key().equals("hajj") && atom.capitalised()) {
                passage.findings().add(TagKind.EVENT, atom.text(), i, evidence(passage, i, i), 1);
            }
            i = Math.max(end, i) + 1;
        }
        keepShortestNames(passage.findings());
    }

    /** "Forum de la diaspora" and "Forum de la diaspora sur l’investissement" are one event: the shorter name. */
    private static void keepShortestNames(Findings findings) {
        List<Findings.Candidate> events = findings.all().stream().filter(c -> c.kind() == TagKind.EVENT).toList();
        for (Findings.Candidate longer : events) {
            for (Findings.Candidate shorter : events) {
                String key = Atoms.fold(shorter.label());
                if (shorter != longer && Atoms.fold(longer.label()).startsWith(key + " ")
                        && findings.get(TagKind.EVENT, longer.label()) != null) {
                    findings.fold(longer, shorter);
                    break;
                }
            }
        }
    }

    private static boolean notAnEvent(String key) {
        return NOT_EVENTS.stream().anyMatch(phrase -> key.equals(phrase) || key.startsWith(phrase + " "));
    }

    /** The last atom of the event's name, or {@code keyword} itself when nothing names it. */
    private static int nameEnd(Passage passage, int keyword) {
        int end = keyword;
        int groups = 0;
        int k = keyword + 1;
        while (k < passage.size() && passage.atom(k - 1).gap() != Atom.Gap.BREAK) {
            Atom atom = passage.atom(k);
            if (atom.capitalised() && !atom.isNumber() || ADJECTIVES.contains(atom.key())) {
                end = k++;
            } else if (CONNECTORS.contains(atom.key()) && groups < MAX_GROUPS) {
                int word = k;
                while (word < passage.size() && CONNECTORS.contains(passage.atom(word).key())
                        && passage.atom(word).gap() != Atom.Gap.BREAK) {
                    word++;
                }
                if (word >= passage.size() || passage.atom(word).isNumber() || word == k) {
                    break;
                }
                end = word;
                k = word + 1;
                groups++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The name as written, with the year or acronym that follows it: "Salon … (SIAO 2026)". */
    private static String evidence(Passage passage, int from, int end) {
        int last = end;
        if (last + 1 < passage.size() && passage.atom(last + 1).isNumber() && passage.gapAfter(last).isBlank()) {
            last++;
        }
        String gap = passage.gapAfter(last).strip();
        if (gap.equals("(") && last + 2 < passage.size() && passage.atom(last + 1).allCaps()) {
            int close = last + 1;
            while (close + 1 < passage.size() && !passage.gapAfter(close).contains(")") && close - last < 4) {
                close++;
            }
            return passage.span(from, close) + ")";
        }
        return passage.span(from, last);
    }
}
