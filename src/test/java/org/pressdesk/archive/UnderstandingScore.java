package org.pressdesk.archive;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TextKeys;
import org.pressdesk.tagging.TagSuggester;
import org.pressdesk.testing.TagTally;

/**
 * Scores the archive reader's understanding on {@link RealisticSet}: segmentation (all titles right), signature
 * (the office's full name, and the known office when one is expected; none, with a warning, when the text
 * has none), event date (an empty date with a warning is right when the text gives none), and the country, person and
 * organisation tags of the first communiqué (precision and recall, names compared without case or accents).
 */
public final class UnderstandingScore {
    private static final List<TagKind> KINDS = List.of(TagKind.COUNTRY, TagKind.PERSON, TagKind.ORGANIZATION);

    private final TagSuggester suggester = TagSuggester.builtIn("");
    private final CommuniqueUnderstanding understanding;
    private final OfficeDirectory directory = new OfficeDirectory(RealisticSet.OFFICES, RealisticSet.OFFICES.get(0));
    private final Map<TagKind, int[]> counts = new EnumMap<>(TagKind.class);
    private final int[] segmentation = new int[2];
    private final int[] signatures = new int[2];
    private final int[] dates = new int[2];
    private final List<String> misses = new ArrayList<>();

    private UnderstandingScore() {
        TagSuggestions tags = (title, body) -> suggester.suggest(title, body).stream()
                .map(s -> new SuggestedTag(s.name(), s.kind(), s.evidence())).toList();
        understanding = new CommuniqueUnderstanding(null, tags,
                Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));
    }

    /** Scores the items the filter keeps. */
    public static UnderstandingScore of(List<RealisticSet.Item> items, Predicate<RealisticSet.Item> keep) {
        UnderstandingScore score = new UnderstandingScore();
        items.stream().filter(keep).forEach(score::score);
        return score;
    }

    private void score(RealisticSet.Item item) {
        List<RawItem> raw = new TextSegmenter(new Signatures(directory.names())).segment(item.text());
        List<String> titles = raw.stream().map(r -> fold(r.title())).toList();
        count(segmentation, titles.equals(item.titles().stream().map(UnderstandingScore::fold).toList()), item,
                "segmentation", raw.stream().map(RawItem::title).toList());
        if (raw.isEmpty()) {
            return;
        }
        RawItem first = raw.get(0);
        Understanding u = understanding.understand(first, FrenchDates.find(first.title() + "\n" + first.body()),
                List.of(), directory, item.published());
        count(signatures, signatureRight(item, u), item, "signature",
                u.signature() + " -> " + (u.office() == null ? "none" : (u.office().isNew() ? "new " : "")
                        + u.office().code()));
        boolean dateRight = item.date() == null
                ? u.eventDate() == null && u.notices().stream().anyMatch(n -> n.key().contains("Date"))
                : item.date().equals(u.eventDate());
        count(dates, dateRight, item, "date", u.eventDate() + " " + u.notices());
        for (TagKind kind : KINDS) {
            List<String> labels = kind == TagKind.COUNTRY ? item.countries()
                    : kind == TagKind.PERSON ? item.persons() : item.organizations();
            tags(item, kind, labels, u.tags());
        }
    }

    private static boolean signatureRight(RealisticSet.Item item, Understanding u) {
        if (item.signature().isEmpty()) {
            return u.signature().isEmpty()
                    && u.notices().stream().anyMatch(n -> n.key().equals("archive.warning.noSignature"));
        }
        if (!fold(item.signature()).equals(fold(u.signature())) || u.office() == null) {
            return false;
        }
        return item.office() == null ? u.office().isNew()
                : !u.office().isNew() && u.office().existing().code().equals(item.office());
    }

    private void tags(RealisticSet.Item item, TagKind kind, List<String> labels, List<SuggestedTag> tags) {
        Set<String> expected = new HashSet<>();
        labels.forEach(label -> expected.add(key(kind, label)));
        Set<String> found = new HashSet<>();
        tags.stream().filter(t -> t.kind() == kind).forEach(t -> found.add(key(kind, t.name())));
        TagTally.add(item.file(), kind, expected, found, counts.computeIfAbsent(kind, k -> new int[3]), misses);
    }

    /** A label's key; an organisation's name is read as the engine would label it when it names one whole. */
    private String key(TagKind kind, String label) {
        if (kind == TagKind.COUNTRY) {
            return TextKeys.fold(TagSuggester.countryLabel(label).orElse(label));
        }
        if (kind == TagKind.ORGANIZATION) {
            List<String> whole = suggester.suggest("", label).stream()
                    .filter(s -> s.kind() == TagKind.ORGANIZATION && fold(s.evidence()).equals(fold(label)))
                    .map(s -> s.name()).toList();
            if (whole.size() == 1) {
                return TextKeys.fold(whole.get(0));
            }
        }
        return TextKeys.fold(label);
    }

    private void count(int[] c, boolean right, RealisticSet.Item item, String what, Object got) {
        c[right ? 0 : 1]++;
        if (!right) {
            misses.add(item.file() + " " + what + ": " + got);
        }
    }

    static String fold(String text) {
        String s = Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('’', '\'').toLowerCase();
        return s.replaceAll("\\s+", " ").strip();
    }

    public double segmentation() {
        return ratio(segmentation);
    }

    public double signatures() {
        return ratio(signatures);
    }

    public double dates() {
        return ratio(dates);
    }

    public double precision(TagKind kind) {
        int[] c = counts.getOrDefault(kind, new int[3]);
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(TagKind kind) {
        int[] c = counts.getOrDefault(kind, new int[3]);
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }

    private static double ratio(int[] c) {
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    /** One line per measure. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("segmentation  exact %.2f  (%d of %d)%n", segmentation(), segmentation[0],
                segmentation[0] + segmentation[1]));
        out.append(String.format("signatures    exact %.2f  (%d of %d)%n", signatures(), signatures[0],
                signatures[0] + signatures[1]));
        out.append(String.format("event dates   exact %.2f  (%d of %d)%n", dates(), dates[0], dates[0] + dates[1]));
        for (TagKind kind : KINDS) {
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
