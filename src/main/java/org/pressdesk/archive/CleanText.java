package org.pressdesk.archive;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tidies the text of old files without changing what it says: Windows and old Mac line ends become "\n", tabs and
 * runs of spaces one space, a space around a non-breaking space is dropped (" : " typed as space + NBSP), invisible
 * characters go, and a straight apostrophe between letters becomes the typographic ’.
 */
final class CleanText {
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\u000B]+");
    private static final Pattern AROUND_NBSP = Pattern.compile(" ?([\\u00A0\\u202F]) ?");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

    private CleanText() {
    }

    /** Most lines need nothing done: no tab, no double space, no special space, no straight apostrophe. */
    private static boolean isClean(String line) {
        char previous = 'x';
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' || c == '\'' || (c == ' ' && previous == ' ') || c == '\u00A0' || c == '\u202F'
                    || c == '\uFEFF' || c == '\u200B' || c == '\u00AD') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static List<String> lines(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return unified.lines().map(CleanText::line).toList();
    }

    static String line(String raw) {
        if (isClean(raw)) {
            return raw.strip();
        }
        String text = INVISIBLE.matcher(raw).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        text = AROUND_NBSP.matcher(text).replaceAll("$1");
        text = APOSTROPHE.matcher(text).replaceAll("\u2019");
        return text.strip();
    }
}
