package org.pressdesk.archive;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * A date written in a text, as written: the year and the weekday may be missing. {@code strong} marks the ways
 * communiqués name the day of the event: "ce mardi 3 février", "Communiqué du 12 novembre 2025", a weekday, or a
 * place-and-date line ("Bamako, le 3 février 2026").
 */
record DateMention(int start, int end, int day, Month month, Integer year, DayOfWeek weekday, boolean strong,
        String text) {

    boolean hasYear() {
        return year != null;
    }

    DateMention withYear(int newYear) {
        return new DateMention(start, end, day, month, newYear, weekday, strong, text);
    }

    /** The date in the given year, if that day exists then (no 29 February in 2025). */
    Optional<LocalDate> in(int inYear) {
        try {
            return Optional.of(LocalDate.of(inYear, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    boolean weekdayAgreesIn(int inYear) {
        return weekday == null || in(inYear).map(d -> d.getDayOfWeek() == weekday).orElse(false);
    }
}
