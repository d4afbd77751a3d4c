package org.pressdesk.archive;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.domain.TextKeys;

/**
 * Finds the dates a French text names: "ce mardi 3 février 2026", "le vendredi 06 mars", "le 1er avril",
 * "Communiqué du 12 novembre 2025", "du 3 au 5 mars 2026" (the first day), "du 30 janvier au 2 février 2026",
 * "12/11/2025". Matching ignores case and accents ("fevrier", "AOÛT").
 */
final class FrenchDates {
    private static final String WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String MONTHS =
            "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
    private static final String DAY = "1er|premier|[0-3]?\\d";
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<lead>\\b(?:ce|cette|le|du|au|communique du|en date du)\\s+)?"
            + "(?:(?<weekday>" + WEEKDAYS + ")\\s+)?"
            + "\\b(?<day>" + DAY + ")"
            + "(?:\\s+(?:au|et)\\s+(?:(?:" + WEEKDAYS + ")\\s+)?(?:" + DAY + "))?"
            + "\\s+(?<month>" + MONTHS + ")\\b"
            + "(?:\\s+(?<year>(?:19|20)\\d\\d)\\b)?");
    private static final Pattern MONTH = Pattern.compile("\\b(?:" + MONTHS + ")\\b");
    /** Room before a month name for "communiqué du mercredi 1er". */
    private static final int LOOK_BEHIND = 48;
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(?<day>[0-3]?\\d)[/.](?<month>[01]?\\d)[/.](?<year>(?:19|20)\\d\\d)\\b");
    private static final Pattern DATELINE = Pattern.compile("\\p{L}[\\p{L})’'\\- ]*,\\s*$");
    private static final Pattern RANGE_LINK = Pattern.compile("\\s*(?:au|-|–)\\s*");
    private static final Map<String, DayOfWeek> WEEKDAY = Map.of("lundi", DayOfWeek.MONDAY, "mardi",
            DayOfWeek.TUESDAY, "mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY, "vendredi",
            DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);
    private static final List<String> MONTH_NAMES = List.of(MONTHS.split("\\|"));
    /** Latin letters folded one for one ("É" is "e"), no-break spaces as spaces; built once. */
    private static final char[] FOLDED = folded();

    private FrenchDates() {
    }

    /** The dates of {@code text} in order. Offsets refer to the text as given (folding keeps its length). */
    static List<DateMention> find(String text) {
        String key = foldKeepingLength(text);
        List<DateMention> mentions = new ArrayList<>();
        Matcher written = WRITTEN.matcher(key).useTransparentBounds(true);
        Matcher month = MONTH.matcher(key);
        int after = 0;
        while (month.find()) {
            // The full pattern runs only around month names: a few dozen characters instead of the whole text.
            written.region(Math.max(after, month.start() - LOOK_BEHIND), Math.min(key.length(), month.end() + 6));
            if (written.find() && written.start("month") == month.start()) {
                written(written, key, text).ifPresent(mentions::add);
                after = written.end();
            }
        }
        Matcher numeric = NUMERIC.matcher(key);
        while ((key.indexOf('/') >= 0 || key.indexOf('.') >= 0) && numeric.find()) {
            numeric(numeric, text).ifPresent(mentions::add);
        }
        mentions.sort(Comparator.comparingInt(DateMention::start));
        return yearsFromRanges(mentions, key);
    }

    private static Optional<DateMention> written(Matcher m, String key, String text) {
        int day = day(m.group("day"));
        Month month = Month.of(MONTH_NAMES.indexOf(m.group("month")) + 1);
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        DayOfWeek weekday = m.group("weekday") == null ? null : WEEKDAY.get(m.group("weekday"));
        String lead = m.group("lead") == null ? "" : m.group("lead").strip();
        boolean dateline = lead.equals("le") && DATELINE.matcher(key.substring(Math.max(0, m.start() - 60),
                m.start())).find();
        boolean strong = weekday != null || dateline || lead.equals("ce") || lead.equals("cette")
                || lead.startsWith("communique") || lead.startsWith("en date");
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        int start = m.start("lead") >= 0 ? m.start("lead") : m.start();
        return Optional.of(new DateMention(start, m.end(), day, month, year, weekday, strong,
                text.substring(m.start(), m.end()).strip()));
    }

    private static Optional<DateMention> numeric(Matcher m, String text) {
        int day = Integer.parseInt(m.group("day"));
        int month = Integer.parseInt(m.group("month"));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(new DateMention(m.start(), m.end(), day, Month.of(month),
                Integer.valueOf(m.group("year")), null, false, text.substring(m.start(), m.end())));
    }

    /** "du 30 décembre au 2 janvier 2026": the first day takes the year of the second, one less across New Year. */
    private static List<DateMention> yearsFromRanges(List<DateMention> mentions, String key) {
        List<DateMention> result = new ArrayList<>(mentions);
        for (int i = result.size() - 2; i >= 0; i--) {
            DateMention first = result.get(i);
            DateMention second = result.get(i + 1);
            if (!first.hasYear() && second.hasYear() && first.end() <= second.start()
                    && RANGE_LINK.matcher(link(key, first, second)).matches()) {
                int year = first.month().compareTo(second.month()) > 0 ? second.year() - 1 : second.year();
                result.set(i, first.withYear(year));
            }
        }
        return result;
    }

    /** The words between two dates; "au" may have been taken as the second date's lead. */
    private static String link(String key, DateMention first, DateMention second) {
        return key.substring(first.end(), second.start()) + (key.startsWith("au ", second.start()) ? "au" : "");
    }

    private static int day(String text) {
        return text.equals("1er") || text.equals("premier") ? 1 : Integer.parseInt(text);
    }

    /** Lower case without accents, one character for one, so that offsets still point into the original. */
    static String foldKeepingLength(String text) {
        char[] key = new char[text.length()];
        for (int i = 0; i < key.length; i++) {
            char c = text.charAt(i);
            key[i] = c < FOLDED.length ? FOLDED[c] : c == '\u202F' ? ' ' : Character.toLowerCase(c);
        }
        return new String(key);
    }

    private static char[] folded() {
        char[] table = new char[0x250];
        for (char c = 0; c < table.length; c++) {
            String folded = c < 128 ? String.valueOf(Character.toLowerCase(c)) : TextKeys.fold(String.valueOf(c));
            table[c] = folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
        }
        table['\u00A0'] = ' ';
        return table;
    }
}
