package org.pressdesk.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of the event a communiqué reports, chosen among the dates it names: the first "strong" one ("ce mardi 3
 * février", "Communiqué du…", a weekday, a place-and-date line), else the first one. A date without a year takes
 * it from the context, in this order: a year named in the same text (the nearest), the years of the neighbouring
 * communiqués of the same file, then the current year. When the weekday is given, the year must agree with it; if
 * none of these does, the nearest year that does is taken, and the preview says so. A weekday that disagrees with a
 * full date is reported.
 */
final class EventDate {
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final int WEEKDAY_SEARCH = 6;
    /**
     * Words that place a date before or after the event, in the same sentence a little before it: "depuis son
     * entrée en fonction, le 12 mars 2023", "qui s’ouvrira le 5 mai", "prévue le 14 octobre", "lors de la 40e
     * session du Conseil en 2019". Matched on the folded text (lower case, no accents).
     */
    private static final Pattern DISPLACED = Pattern.compile("(?:\\bdepuis|\\bprevue?s?|\\bqui (?:s'ouvrir|debuter"
            + "|commencer|se tiendr)(?:a|ont)|\\bentree en fonction|\\bnomination|\\bdeja"
            + "|\\blors de la \\d+ ?(?:e|eme|ieme|re|ere) (?:session|edition|reunion))[^.!?;]{0,50}$");
    private static final int DISPLACED_WINDOW = 70;
    /** The event told by its day relative to the publication: "ce matin", "hier", "ce soir". */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:ce matin|ce soir|cet apres-midi|cette nuit"
            + "|aujourd'hui|ce jour|(?:avant-)?hier)\\b");

    private EventDate() {
    }

    /** What was found: the date (or none) and what the user should check. */
    record Finding(LocalDate date, List<Notice> notices) {
    }

    /** The first strong date mention, else the first; empty when the text names none. */
    static Optional<DateMention> chosen(List<DateMention> mentions) {
        return first(mentions);
    }

    /** As {@link #chosen(List)}, leaving out the dates that {@code text} places away from the event. */
    static Optional<DateMention> chosen(String text, List<DateMention> mentions) {
        String key = FrenchDates.foldKeepingLength(text);
        return first(mentions.stream().filter(m -> !displaced(key, m)).toList());
    }

    private static Optional<DateMention> first(List<DateMention> mentions) {
        return mentions.stream().filter(DateMention::strong).findFirst().or(() -> mentions.stream().findFirst());
    }

    /**
     * Resolves the chosen mention of {@code text}. {@code neighbourYears}: the years of the nearest communiqués of
     * the same file, nearest first; {@code currentYear}: the last resort.
     */
    static Finding resolve(String text, List<Integer> neighbourYears, int currentYear) {
        return resolve(text, FrenchDates.find(text), neighbourYears, currentYear);
    }

    /** As above, with the text's date mentions already found. */
    static Finding resolve(String text, List<DateMention> mentions, List<Integer> neighbourYears, int currentYear) {
        return resolve(text, mentions, neighbourYears, currentYear, null);
    }

    /**
     * As above; {@code published}: the day the text was published or filed, when known (null otherwise). A date
     * that the sentence places before or after the event is never the event's. An event told as "hier" or "ce
     * soir" with no date of its own takes its day from {@code published}, else stays empty with a warning.
     */
    static Finding resolve(String text, List<DateMention> mentions, List<Integer> neighbourYears, int currentYear,
            LocalDate published) {
        String key = FrenchDates.foldKeepingLength(text);
        List<DateMention> candidates = mentions.stream().filter(m -> !displaced(key, m)).toList();
        Optional<DateMention> strong = candidates.stream().filter(DateMention::strong).findFirst();
        Matcher relative = RELATIVE.matcher(key);
        boolean relativeFirst = relative.find()
                && candidates.stream().noneMatch(m -> m.strong() || m.start() < relative.start());
        if (strong.isEmpty() && relativeFirst) {
            if (published == null) {
                return new Finding(null, List.of(Notice.warning("archive.warning.relativeDate",
                        text.substring(relative.start(), relative.end()))));
            }
            int daysBefore = relative.group().equals("hier") ? 1 : relative.group().equals("avant-hier") ? 2 : 0;
            return new Finding(published.minusDays(daysBefore), List.of());
        }
        Optional<DateMention> chosen = chosen(candidates);
        if (chosen.isEmpty()) {
            return new Finding(null, List.of(Notice.warning("archive.warning.noDate")));
        }
        DateMention mention = chosen.get();
        if (mention.hasYear()) {
            return withYear(mention, mention.year(), List.of());
        }
        if (published != null) {
            int year = published.getYear();
            Optional<Integer> agreeing = List.of(year, year - 1, year + 1).stream()
                    .filter(y -> mention.in(y).isPresent() && mention.weekdayAgreesIn(y)).findFirst();
            return withYear(mention, agreeing.orElse(year), List.of());
        }
        List<Integer> nearby = nearbyYears(text, key, mention);
        if (!nearby.isEmpty()) {
            int year = nearby.stream().filter(mention::weekdayAgreesIn).findFirst().orElse(nearby.get(0));
            return withYear(mention, year, List.of());
        }
        if (!neighbourYears.isEmpty()) {
            Optional<Integer> agreeing = neighbourYears.stream().filter(mention::weekdayAgreesIn).findFirst();
            return agreeing.map(year -> withYear(mention, year, List.of()))
                    .orElseGet(() -> fromWeekday(mention, neighbourYears.get(0), WEEKDAY_SEARCH));
        }
        if (mention.weekday() != null) {
            return fromWeekday(mention, currentYear, 0);
        }
        return withYear(mention, currentYear, List.of(Notice.warning("archive.warning.yearGuessed", mention.text(),
                currentYear)));
    }

    /** The year nearest to {@code base} (never after {@code base + after}) in which the weekday agrees. */
    private static Finding fromWeekday(DateMention mention, int base, int after) {
        for (int distance = 0; distance <= 2 * WEEKDAY_SEARCH; distance++) {
            for (int year : new int[] {base - distance, base + distance}) {
                if (year - base <= after && mention.in(year).isPresent() && mention.weekdayAgreesIn(year)) {
                    return withYear(mention, year, List.of(Notice.warning("archive.warning.yearFromWeekday",
                            mention.text(), year)));
                }
            }
        }
        return withYear(mention, base, List.of());
    }

    private static Finding withYear(DateMention mention, int year, List<Notice> notices) {
        Optional<LocalDate> date = mention.in(year);
        if (date.isEmpty()) {
            return new Finding(null, List.of(Notice.warning("archive.warning.impossibleDate", mention.text())));
        }
        List<Notice> all = new ArrayList<>(notices);
        if (!mention.weekdayAgreesIn(year)) {
            all.add(Notice.warning("archive.warning.weekdayMismatch", mention.text(), date.get()));
        }
        return new Finding(date.get(), all);
    }

    /** Whether the words just before a date place it before or after the event ("depuis", "prévue"…). */
    private static boolean displaced(String key, DateMention mention) {
        if (mention.text().startsWith("ce ") || mention.text().startsWith("cette ")
                || key.startsWith("ce ", mention.start()) || key.startsWith("cette ", mention.start())) {
            return false;
        }
        return displacedAt(key, mention.start());
    }

    private static boolean displacedAt(String key, int start) {
        return DISPLACED.matcher(key.substring(Math.max(0, start - DISPLACED_WINDOW), start)).find();
    }

    /** The years written in the text, nearest to the mention first; not those placed away from the event. */
    private static List<Integer> nearbyYears(String text, String key, DateMention mention) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            if (displacedAt(key, matcher.start())) {
                continue;
            }
            int distance = matcher.start() > mention.start() ? matcher.start() - mention.end()
                    : mention.start() - matcher.end();
            found.add(new int[] {Math.abs(distance), Integer.parseInt(matcher.group())});
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        return found.stream().map(pair -> pair[1]).distinct().toList();
    }

    /** The year a text names with its event date, if it writes one (for the neighbours of another item). */
    static Optional<Integer> explicitYear(List<DateMention> mentions) {
        return chosen(mentions).filter(DateMention::hasYear).map(DateMention::year);
    }
}
