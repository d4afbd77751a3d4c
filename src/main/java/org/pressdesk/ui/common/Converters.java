package org.pressdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Display converters for choice boxes and date pickers. */
public final class Converters {
    private Converters() {
    }

    /** Shows values with {@code text}; choice boxes never convert back. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** Dates as the user's language writes them short (03/02/2026 in French). */
    public static StringConverter<LocalDate> localDate(Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter candidate : new DateTimeFormatter[] {format, medium,
                    DateTimeFormatter.ISO_LOCAL_DATE}) {
                    try {
                        return LocalDate.parse(text.strip(), candidate);
                    } catch (DateTimeParseException ignored) {
                        // try the next form
                    }
                }
                return null;
            }
        };
    }
}
