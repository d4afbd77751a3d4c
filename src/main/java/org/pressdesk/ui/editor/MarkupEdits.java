package org.pressdesk.ui.editor;

/**
 * What the formatting toolbar and its shortcuts do to the body's Markdown: wrap the selection in ** or *, or unwrap
 * it when it is already wrapped; start the selected lines with "- ", "1. " or "> ", or take the mark off when every
 * selected line has it. Pure text in, text and selection out.
 */
public final class MarkupEdits {

    /** The text after an edit, and the selection to show. */
    public record Edit(String text, int selectionStart, int selectionEnd) {
    }

    /** The kinds of line a paragraph can be. */
    public enum LineKind {
        BULLET, NUMBERED, QUOTE
    }

    private MarkupEdits() {
    }

    public static Edit bold(String text, int start, int end) {
        return wrap(text, start, end, "**");
    }

    public static Edit italic(String text, int start, int end) {
        return wrap(text, start, end, "*");
    }

    static Edit wrap(String text, int start, int end, String mark) {
        int from = Math.min(start, end);
        int to = Math.max(start, end);
        int m = mark.length();
        boolean wrapped = from >= m && to + m <= text.length() && text.startsWith(mark, from - m)
                && text.startsWith(mark, to) && !(m == 1 && isDouble(text, from - m, to));
        if (wrapped) {
            String unwrapped = text.substring(0, from - m) + text.substring(from, to) + text.substring(to + m);
            return new Edit(unwrapped, from - m, to - m);
        }
        String inserted = text.substring(0, from) + mark + text.substring(from, to) + mark + text.substring(to);
        return new Edit(inserted, from + m, to + m);
    }

    /** Whether a single '*' around the selection is really part of "**". */
    private static boolean isDouble(String text, int before, int after) {
        return before > 0 && text.charAt(before - 1) == '*'
                || after + 1 < text.length() && text.charAt(after + 1) == '*';
    }

    public static Edit lines(String text, int start, int end, LineKind kind) {
        int from = text.lastIndexOf('\n', Math.max(0, Math.min(start, end) - 1)) + 1;
        if (Math.min(start, end) == 0) {
            from = 0;
        }
        int to = text.indexOf('\n', Math.max(start, end));
        to = to < 0 ? text.length() : to;
        String[] lines = text.substring(from, to).split("\n", -1);
        boolean allMarked = true;
        for (String line : lines) {
            allMarked &= line.isBlank() || marked(line, kind);
        }
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            if (line.isBlank()) {
                out.append(line);
            } else if (allMarked) {
                out.append(unmark(line, kind));
            } else {
                out.append(prefix(kind, number++)).append(unmark(line, kind));
            }
        }
        String block = out.toString();
        return new Edit(text.substring(0, from) + block + text.substring(to), from, from + block.length());
    }

    private static String prefix(LineKind kind, int number) {
        return switch (kind) {
            case BULLET -> "- ";
            case NUMBERED -> number + ". ";
            case QUOTE -> "> ";
        };
    }

    private static boolean marked(String line, LineKind kind) {
        return switch (kind) {
            case BULLET -> line.startsWith("- ");
            case NUMBERED -> line.matches("\\d+\\. .*");
            case QUOTE -> line.startsWith("> ");
        };
    }

    private static String unmark(String line, LineKind kind) {
        return marked(line, kind) ? line.substring(line.indexOf(' ') + 1) : line;
    }
}
