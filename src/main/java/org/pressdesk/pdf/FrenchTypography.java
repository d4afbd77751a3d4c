package org.pressdesk.pdf;

import java.util.Arrays;
import java.util.Set;

/**
 * Makes the spaces that French typography forbids to break non-breaking, so that a line breaker that breaks only at
 * U+0020 never starts a line with « : », « » » or « € ».
 *
 * <p>A run of ordinary spaces becomes one narrow no-break space (U+202F) when it stands
 * <ul>
 *   <li>before {@code : ; ! ?}, before a closing guillemet {@code » ›} and before {@code € % ‰}, which never
 *   start a line ("29 millions €");</li>
 *   <li>after an opening guillemet {@code « ‹};</li>
 *   <li>between a number and its unit or currency ("29 €", "10 km", "15 %", "3 millions");</li>
 *   <li>between groups of digits ("3 000 000") and after "n°" before a number.</li>
 * </ul>
 * Nothing else changes: no space is added or removed elsewhere, existing no-break spaces stay as they are, and a
 * space at the start or end of a line is left alone.
 */
public final class FrenchTypography {

    /** The narrow no-break space that French typography puts before high punctuation and inside guillemets. */
    public static final char NARROW_NBSP = '\u202F';

    private static final String CLOSING = ":;!?»›€%‰";
    private static final String OPENING = "«‹";
    private static final Set<String> UNITS = Set.of(
            "€", "$", "£", "¥", "%", "‰", "°", "°C", "°F", "F", "FCFA", "CFA", "XOF", "XAF", "EUR", "USD",
            "km", "m", "cm", "mm", "km²", "m²", "m³", "ha", "kg", "g", "mg", "t", "l", "L", "cl", "ml",
            "h", "min", "s", "kW", "MW", "GW", "kWh", "MWh", "Ko", "Mo", "Go", "To", "dB", "km/h",
            "million", "millions", "milliard", "milliards");

    private FrenchTypography() {
    }

    /** Returns {@code text} with the breakable spaces described above turned into narrow no-break spaces. */
    public static String normalize(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int end = endOfSpaces(text, i);
            if (mustNotBreak(text, i, end)) {
                out.append(NARROW_NBSP);
            } else {
                out.append(text, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * The same for text set in several faces: {@code fonts[i]} is the face of {@code text.charAt(i)}. A run of
     * spaces that becomes one no-break space keeps the face of its first space.
     */
    static Styled normalize(String text, FontStyle[] fonts) {
        StringBuilder out = new StringBuilder(text.length());
        FontStyle[] outFonts = new FontStyle[text.length()];
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != ' ') {
                outFonts[out.length()] = fonts[i];
                out.append(text.charAt(i++));
                continue;
            }
            int end = endOfSpaces(text, i);
            boolean keep = mustNotBreak(text, i, end);
            for (int j = i; j < (keep ? i + 1 : end); j++) {
                outFonts[out.length()] = fonts[i];
                out.append(keep ? NARROW_NBSP : ' ');
            }
            i = end;
        }
        return new Styled(out.toString(), Arrays.copyOf(outFonts, out.length()));
    }

    /** Text and the face of each of its characters. */
    record Styled(String text, FontStyle[] fonts) {
    }

    private static int endOfSpaces(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return end;
    }

    /** Whether the spaces in {@code [start, end)} sit where French typography forbids a line break. */
    private static boolean mustNotBreak(String text, int start, int end) {
        if (start == 0 || end == text.length()) {
            return false;
        }
        char before = text.charAt(start - 1);
        char after = text.charAt(end);
        if (isLineBreak(before) || isLineBreak(after)) {
            return false;
        }
        return CLOSING.indexOf(after) >= 0
                || OPENING.indexOf(before) >= 0
                || Character.isDigit(before) && (isUnitAt(text, end) || isDigitGroupAt(text, end))
                || isNumeroBefore(text, start) && Character.isDigit(after);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Whether a known unit starts at {@code from} and ends at a word boundary. */
    private static boolean isUnitAt(String text, int from) {
        int end = from;
        while (end < text.length() && isUnitChar(text.charAt(end))) {
            end++;
        }
        return end > from && UNITS.contains(text.substring(from, end));
    }

    private static boolean isUnitChar(char c) {
        return Character.isLetter(c) || c == '/' || c == '°' || c == '²' || c == '³' || "€$£¥%‰".indexOf(c) >= 0;
    }

    /** Whether exactly three digits start at {@code from}, as in the "000" of "3 000". */
    private static boolean isDigitGroupAt(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end - from == 3 && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    /** Whether the text just before {@code spaceStart} is the word "n°" (or "N°", "nº"). */
    private static boolean isNumeroBefore(String text, int spaceStart) {
        if (spaceStart < 2) {
            return false;
        }
        char n = text.charAt(spaceStart - 2);
        char sign = text.charAt(spaceStart - 1);
        boolean wordStart = spaceStart == 2 || !Character.isLetterOrDigit(text.charAt(spaceStart - 3));
        return (n == 'n' || n == 'N') && (sign == '°' || sign == 'º') && wordStart;
    }
}
