package org.pressdesk.cli;

import java.util.Locale;
import org.pressdesk.domain.PressDeskException;

/** The languages a communiqué may be written in. */
final class Languages {
    private Languages() {
    }

    static String parse(String text) {
        String code = text == null ? "fr" : text.strip().toLowerCase(Locale.ROOT);
        if (!code.equals("fr") && !code.equals("en")) {
            throw new PressDeskException("cli.badLanguage", text);
        }
        return code;
    }
}
