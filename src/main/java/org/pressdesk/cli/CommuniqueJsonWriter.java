package org.pressdesk.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes {@code list --json}'s array of communiqués straight to the terminal, in exactly the layout the command line's
 * JSON mapper gives every other document (two-space indentation, {@code "name" : value}, {@code [ ]} for an empty
 * array): the list is the one large document, and loading and starting the mapper cost its run more than writing
 * 12 MB does (issue 14). A test compares the two byte for byte.
 */
final class CommuniqueJsonWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** The mapper's pretty printer breaks lines with the system's separator. */
    private static final String NL = System.lineSeparator();
    private final PrintWriter out;
    /**
     * One communiqué's text, handed to the terminal in one write: the terminal's writer locks and checks itself on
     * every call, which cost more than the text itself when each name and value was a call of its own.
     */
    private final StringBuilder buffer = new StringBuilder(16_384);
    private int written;

    CommuniqueJsonWriter(PrintWriter out) {
        this.out = out;
    }

    void print(List<CommuniqueJson> communiques) {
        communiques.forEach(this::add);
        finish();
    }

    /** Writes the next element of the array, as soon as it is read: the list is never held whole. */
    void add(CommuniqueJson communique) {
        buffer.setLength(0);
        buffer.append(written == 0 ? "[ " : ", ");
        communique(communique);
        out.append(buffer);
        written++;
    }

    /** Closes the array ({@code [ ]} when nothing was added) and flushes. */
    void finish() {
        out.print(written == 0 ? "[ ]" : " ]");
        out.println();
        out.flush();
    }

    private void communique(CommuniqueJson c) {
        buffer.append('{');
        field("id", 1, false).append(c.id());
        text(field("uuid", 1, true), c.uuid() == null ? null : c.uuid().toString());
        text(field("title", 1, true), c.title());
        text(field("body", 1, true), c.body());
        text(field("genre", 1, true), c.genre());
        text(field("office", 1, true), c.office());
        text(field("place", 1, true), c.place());
        text(field("eventDate", 1, true), c.eventDate() == null ? null : c.eventDate().toString());
        text(field("language", 1, true), c.language());
        text(field("status", 1, true), c.status());
        field("revision", 1, true).append(c.revision());
        tags(field("tags", 1, true), c.tags());
        text(field("createdAt", 1, true), c.createdAt() == null ? null : c.createdAt().toString());
        text(field("updatedAt", 1, true), c.updatedAt() == null ? null : c.updatedAt().toString());
        field("conflict", 1, true).append(c.conflict());
        buffer.append(NL);
        buffer.append('}');
    }

    private void tags(StringBuilder to, List<CommuniqueJson.TagJson> tags) {
        if (tags == null) {
            to.append("null");
            return;
        }
        if (tags.isEmpty()) {
            to.append("[ ]");
            return;
        }
        to.append("[ ");
        for (int i = 0; i < tags.size(); i++) {
            CommuniqueJson.TagJson tag = tags.get(i);
            to.append(i == 0 ? "{" : ", {");
            text(field("name", 2, false), tag.name());
            text(field("kind", 2, true), tag.kind());
            field("confirmed", 2, true).append(tag.confirmed());
            to.append(NL).append("  }");
        }
        to.append(" ]");
    }

    /** Starts a member on its own line at {@code depth}, after a comma unless it is the first. */
    private StringBuilder field(String name, int depth, boolean afterAnother) {
        if (afterAnother) {
            buffer.append(',');
        }
        buffer.append(NL);
        for (int i = 0; i < depth; i++) {
            buffer.append("  ");
        }
        return buffer.append('"').append(name).append("\" : ");
    }

    /** A JSON string as the mapper escapes it: quote, backslash and the control characters; the rest as it is. */
    private static void text(StringBuilder to, String value) {
        if (value == null) {
            to.append("null");
            return;
        }
        to.append('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = escape(c);
            if (escape != null) {
                to.append(value, start, i).append(escape);
                start = i + 1;
            }
        }
        to.append(value, start, value.length()).append('"');
    }

    private static String escape(char c) {
        if (c >= 0x20 && c != '"' && c != '\\') {
            return null;
        }
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> "\\u00" + HEX[c >> 4] + HEX[c & 0xF];
        };
    }
}
