package org.pressdesk.search;

import java.util.ArrayList;
import java.util.List;

/** A few words of the text around the matches, and where the matched words are in it. */
public record Snippet(String text, List<Highlight> highlights) {
    static final char START = '\uE000';
    static final char END = '\uE001';

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the snippet's text matched. */
    public record Highlight(int start, int end) {
    }

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    public static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }

    /** Reads the marks the passage formatter put around matched words. */
    static Snippet parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Highlight> highlights = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                start = text.length();
            } else if (c == END && start >= 0) {
                highlights.add(new Highlight(start, text.length()));
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new Snippet(text.toString(), highlights);
    }

    /** The text with each match between {@code open} and {@code close}, e.g. "<em>" and "</em>". */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Highlight h : highlights) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
