package org.pressdesk.pdf;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Page numbers from a MessageFormat such as "Page {0} sur {1}". Numbers are printed plainly ("1000", never
 * "1 000"). A blank or malformed pattern falls back to "{0}/{1}" rather than failing the export.
 */
final class PageNumbers {

    static final String FALLBACK = "{0}/{1}";

    private final MessageFormat format;

    PageNumbers(String pattern) {
        this.format = parse(pattern);
    }

    private static MessageFormat parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return new MessageFormat(FALLBACK, Locale.ROOT);
        }
        try {
            return new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return new MessageFormat(FALLBACK, Locale.ROOT);
        }
    }

    /** The text for page {@code page} (1-based) of {@code pageCount}. */
    String format(int page, int pageCount) {
        return format.format(new Object[] {Integer.toString(page), Integer.toString(pageCount)});
    }
}
