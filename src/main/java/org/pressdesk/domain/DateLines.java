package org.pressdesk.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The place-and-date line of a communiqué, written as each language writes it. */
public final class DateLines {
    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DateLines() {
    }

    /** "3 février 2026", "1er avril 2026" in French; "3 February 2026" in English. */
    public static String date(LocalDate date, String language) {
        if (isEnglish(language)) {
            return ENGLISH_DATE.format(date);
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + FRENCH_MONTH_YEAR.format(date);
    }

    /** "Bamako, le 3 février 2026"; without a place "Le 3 février 2026"; empty without a date. */
    public static String placeAndDate(String place, LocalDate date, String language) {
        String where = place == null ? "" : place.strip();
        if (date == null) {
            return where;
        }
        if (isEnglish(language)) {
            return where.isEmpty() ? date(date, language) : where + ", " + date(date, language);
        }
        return where.isEmpty() ? "Le " + date(date, language) : where + ", le " + date(date, language);
    }

    private static boolean isEnglish(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
