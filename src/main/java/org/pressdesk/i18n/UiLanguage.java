package org.pressdesk.i18n;

import java.util.Locale;

/**
 * The interface language: a user's explicit choice, or else the system's, limited to the languages PressDesk speaks.
 * French unless English is asked for.
 */
public enum UiLanguage {
    SYSTEM,
    FRENCH,
    ENGLISH;

    public Locale resolve(Locale system) {
        return switch (this) {
            case FRENCH -> Locale.FRENCH;
            case ENGLISH -> Locale.ENGLISH;
            case SYSTEM -> supported(system);
        };
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static UiLanguage parse(String text) {
        if (text == null) {
            return SYSTEM;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "fr", "french", "francais", "français" -> FRENCH;
            case "en", "english", "anglais" -> ENGLISH;
            default -> SYSTEM;
        };
    }
}
