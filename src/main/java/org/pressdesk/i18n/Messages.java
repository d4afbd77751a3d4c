package org.pressdesk.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.pressdesk.domain.Label;
import org.pressdesk.domain.PressDeskException;

/**
 * The user's language: every visible string comes from here. French is the base bundle, English a translation;
 * the bundle never falls back to the machine's default locale, so a French user on an English system stays French.
 */
public final class Messages {
    public static final String BUNDLE = "org.pressdesk.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(UiLanguage.supported(locale));
    }

    public static Messages french() {
        return forLocale(Locale.FRENCH);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}, with its {0}, {1}… placeholders filled in. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** A day as this language writes it in full but briefly: "3 déc. 2026", "Dec 3, 2026". */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A moment as a readable local time of this machine: "3 déc. 2026, 17:40", "Dec 3, 2026, 5:40 PM". */
    public String moment(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(ZoneId.systemDefault()));
    }

    /** A failure in words the user understands. */
    public String describe(PressDeskException failure) {
        List<Object> arguments = failure.arguments();
        Object[] words = new Object[arguments.size()];
        for (int i = 0; i < words.length; i++) {
            Object argument = arguments.get(i);
            words[i] = argument instanceof Label label ? get(label.key()) : argument;
            if (argument instanceof ZonedDateTime moment) {
                words[i] = DateTimeFormatter.ofPattern(get("format.zonedDateTime"), locale).format(moment);
            } else if (argument instanceof Instant moment) {
                words[i] = moment(moment);
            }
        }
        return get(failure.messageKey(), words);
    }
}
