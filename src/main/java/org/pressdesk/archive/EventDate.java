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

    private EventDate() {
    }

    /** What was found: the date (or none) and what the user should check. */
    record Finding(LocalDate date, List<Notice> notices) {
    }

    /** The first strong date mention, else the first; empty when the text names none. */
    static Optional<DateMention> chosen(List<DateMention> mentions) {
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
        Optional<DateMention> chosen = chosen(mentions);
        if (chosen.isEmpty()) {
            return new Finding(null, List.of(Notice.warning("archive.warning.noDate")));
        }
        DateMention mention = chosen.get();
        if (mention.hasYear()) {
            return withYear(mention, mention.year(), List.of());
        }
        List<Integer> nearby = nearbyYears(text, mention);
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

    /** The years written in the text, nearest to the mention first. */
    private static List<Integer> nearbyYears(String text, DateMention mention) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
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
