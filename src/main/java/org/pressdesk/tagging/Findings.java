package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagSuggestion;

/** What the finders found in one passage: a candidate per kind and name, with its evidence and weight. */
final class Findings {
    private static final int MAX_EVIDENCE = 5;

    private final Map<TagKind, Map<String, Candidate>> byKind = new EnumMap<>(TagKind.class);
    private final Map<String, String> keys = new HashMap<>();

    /** One tag the text points to, the words that point to it, and how strongly. */
    static final class Candidate {
        private final TagKind kind;
        private final String label;
        private final int firstAtom;
        private final Set<String> evidence = new LinkedHashSet<>();
        private double weight;

        Candidate(TagKind kind, String label, int firstAtom) {
            this.kind = kind;
            this.label = label;
            this.firstAtom = firstAtom;
        }

        TagKind kind() {
            return kind;
        }

        String label() {
            return label;
        }

        double weight() {
            return weight;
        }

        Set<String> evidence() {
            return evidence;
        }
    }

    /** Adds evidence for a tag, creating its candidate on first sight. */
    Candidate add(TagKind kind, String label, int atom, String evidence, double weight) {
        Candidate candidate = of(kind).computeIfAbsent(key(label), k -> new Candidate(kind, label, atom));
        if (candidate.evidence.size() < MAX_EVIDENCE) {
            candidate.evidence.add(evidence);
        }
        candidate.weight += weight;
        return candidate;
    }

    Candidate get(TagKind kind, String label) {
        return of(kind).get(key(label));
    }

    private Map<String, Candidate> of(TagKind kind) {
        return byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    }

    private String key(String label) {
        return keys.computeIfAbsent(label, Folding::fold);
    }

    List<Candidate> all() {
        List<Candidate> all = new ArrayList<>();
        byKind.values().forEach(candidates -> all.addAll(candidates.values()));
        return all;
    }

    void remove(Candidate candidate) {
        of(candidate.kind()).values().remove(candidate);
    }

    /** Moves a candidate's evidence to another name of the same kind ("Dembélé" to "Mariam Dembélé"). */
    void fold(Candidate from, Candidate into) {
        from.evidence.forEach(e -> {
            if (into.evidence.size() < MAX_EVIDENCE) {
                into.evidence.add(e);
            }
        });
        into.weight += from.weight;
        remove(from);
    }

    /** The candidates as suggestions: by kind, then in the order the text mentions them. */
    List<TagSuggestion> suggestions() {
        return all().stream()
                .sorted(Comparator.comparing((Candidate c) -> c.kind).thenComparingInt(c -> c.firstAtom))
                .map(c -> new TagSuggestion(c.label, c.kind, String.join(", ", c.evidence)))
                .toList();
    }
}
