package org.pressdesk.pdf;

import java.util.List;

/**
 * One block of a communiqué's body as the page shows it: a paragraph, a paragraph of a list item, or a paragraph of
 * a quotation, made of spans of text in their weight and slant.
 *
 * @param kind what the block is
 * @param spans its text, in order
 * @param marker the list item's bullet or number ("•", "2."), on the item's first paragraph only; else ""
 * @param level how deep the block sits in lists and quotations, 0 for a plain paragraph
 */
public record BodyBlock(Kind kind, List<Span> spans, String marker, int level) {

    /** What a block is. */
    public enum Kind {
        PARAGRAPH, LIST_ITEM, QUOTE
    }

    /** A piece of text set in one face. */
    public record Span(String text, boolean bold, boolean italic) {
    }

    /** The block's text without its marker. */
    public String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
