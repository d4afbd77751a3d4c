package org.pressdesk.ui.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Office;

/**
 * How stored content becomes the editor's fields and back: bodies written before markup are plain text, shown with
 * the characters that Markdown would read as formatting escaped, so they print exactly as before; the embargo is
 * shown and typed in the office's time zone.
 */
final class EditorMarkup {
    private static final String INLINE = "\\`*_[]<&";

    private EditorMarkup() {
    }

    static String editable(CommuniqueContent content) {
        return content.bodyFormat() == BodyFormat.MARKDOWN ? content.body() : fromPlain(content.body());
    }

    /** Plain text as Markdown that reads back as the same paragraphs and characters. */
    static String fromPlain(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (String line : plain.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(escapeLine(line));
        }
        return out.toString();
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 4);
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean blockMarker = i == start && "-+>#".indexOf(c) >= 0;
            boolean numberMarker = (c == '.' || c == ')') && i > start && digitsOnly(line, start, i);
            if (INLINE.indexOf(c) >= 0 || blockMarker || numberMarker) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean digitsOnly(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static LocalDateTime localEmbargo(CommuniqueContent content, Office office) {
        if (content.embargoAt() == null) {
            return null;
        }
        return LocalDateTime.ofInstant(content.embargoAt(), zone(office));
    }

    static Instant embargoInstant(LocalDateTime local, Office office) {
        return local == null ? null : local.atZone(zone(office)).toInstant();
    }

    private static ZoneId zone(Office office) {
        return office == null ? ZoneId.systemDefault() : office.timeZone();
    }
}
