package org.pressdesk.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a person types them in the interface's language: French day first ("2/3/2026" is 2 March), English month
 * first ("2/3/2026" is February 3), with /, . or - between the numbers and a two- or four-digit year; also the ISO
 * form and the month written out ("3 déc. 2026", "Dec 3, 2026"). Shown back with a four-digit year.
 */
public final class TypedDates {
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{2}|\\d{4})");

    private final boolean monthFirst;
    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> written;

    public TypedDates(Locale locale) {
        this.monthFirst = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        this.shown = DateTimeFormatter.ofPattern(monthFirst ? "MM/dd/uuuu" : "dd/MM/uuuu", locale);
        this.written = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale),
                new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(monthFirst ? "MMMM d uuuu"
                        : "d MMMM uuuu").toFormatter(locale).withResolverStyle(ResolverStyle.STRICT));
    }

    /** The date as the field shows it: 03/02/2026 in French, 02/03/2026 in English. */
    public String format(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /** The date {@code text} means, or empty when it is no date (an impossible day, a word, a missing year). */
    public Optional<LocalDate> parse(String text) {
        String typed = text == null ? "" : text.strip();
        Matcher numeric = NUMERIC.matcher(typed);
        if (numeric.matches()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            year = numeric.group(3).length() == 2 ? 2000 + year : year;
            return of(year, monthFirst ? first : second, monthFirst ? second : first);
        }
        String cleaned = typed.replace(",", " ").replaceAll("\\s+", " ");
        for (DateTimeFormatter format : written) {
            for (String candidate : List.of(typed, cleaned)) {
                try {
                    return Optional.of(LocalDate.parse(candidate, format));
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
