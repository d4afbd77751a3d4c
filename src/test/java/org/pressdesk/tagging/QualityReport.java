package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.domain.TextKeys;
import org.pressdesk.testing.TagTally;

/**
 * Precision and recall of the suggestions on the labelled set, per kind. A country matches by the country it names
 * (so "Côte d'Ivoire" and "Côte d’Ivoire" are one); other kinds by name without case or accents; an event's year
 * does not count ("Hajj 2026" is "Hajj").
 */
public final class QualityReport {
    private final Map<TagKind, int[]> counts = new EnumMap<>(TagKind.class);
    private final List<String> misses = new ArrayList<>();

    /** Scores the suggester on the items the filter keeps. */
    public static QualityReport of(TagSuggester suggester, List<LabelledSet.Item> items,
            Predicate<LabelledSet.Item> keep) {
        QualityReport report = new QualityReport();
        for (LabelledSet.Item item : items) {
            if (keep.test(item)) {
                report.score(item, suggester.suggest(item.title(), item.body()));
            }
        }
        return report;
    }

    private void score(LabelledSet.Item item, List<TagSuggestion> suggestions) {
        for (TagKind kind : TagKind.values()) {
            Set<String> expected = new HashSet<>();
            item.expected().getOrDefault(kind, List.of()).forEach(label -> expected.add(key(kind, label)));
            Set<String> found = new HashSet<>();
            suggestions.stream().filter(s -> s.kind() == kind).forEach(s -> found.add(key(kind, s.name())));
            TagTally.add(item.file(), kind, expected, found, counts.computeIfAbsent(kind, k -> new int[3]),
                    misses);
        }
    }

    private static String key(TagKind kind, String label) {
        if (kind == TagKind.COUNTRY) {
            return TextKeys.fold(TagSuggester.countryLabel(label).orElse(label));
        }
        String key = TextKeys.fold(label);
        return kind == TagKind.EVENT ? key.replaceAll("\\s*\\b(19|20)\\d\\d\\b", "").strip() : key;
    }

    public double precision(TagKind kind) {
        int[] c = counts.getOrDefault(kind, new int[3]);
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(TagKind kind) {
        int[] c = counts.getOrDefault(kind, new int[3]);
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }

    /** "pays  P 0.97  R 0.96  (tp 60, fp 2, fn 3)" per kind, one line each. */
    public String table() {
        StringBuilder out = new StringBuilder();
        for (TagKind kind : List.of(TagKind.COUNTRY, TagKind.PERSON, TagKind.ORGANIZATION, TagKind.THEME,
                TagKind.EVENT)) {
            int[] c = counts.getOrDefault(kind, new int[3]);
            out.append(String.format("%-13s P %.2f  R %.2f  (tp %d, fp %d, fn %d)%n", kind, precision(kind),
                    recall(kind), c[0], c[1], c[2]));
        }
        return out.toString();
    }

    public List<String> misses() {
        return misses;
    }
}
