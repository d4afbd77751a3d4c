package org.pressdesk.domain;

import java.util.Locale;
import java.util.Optional;

/** The kinds of text a press office issues; each has its own heading on the page. */
public enum Genre {
    PRESS_RELEASE("communique"),
    JOINT_COMMUNIQUE("communique-conjoint"),
    AUDIENCE_REPORT("compte-rendu"),
    STATEMENT("declaration"),
    INFORMATION_NOTE("note-information");

    private final String code;

    Genre(String code) {
        this.code = code;
    }

    /** The short name used on the command line, e.g. {@code compte-rendu}. */
    public String code() {
        return code;
    }

    /** Accepts the short code or the constant name, in any case, with or without accents. */
    public static Optional<Genre> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = TextKeys.fold(text).replace('_', '-').replace(' ', '-');
        for (Genre genre : values()) {
            if (genre.code.equals(key) || genre.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(key)) {
                return Optional.of(genre);
            }
        }
        return Optional.empty();
    }
}
