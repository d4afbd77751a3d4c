package org.pressdesk.pdf;

/**
 * Something stacked vertically in a column: a line of text, a line of body text, a two-sided line, a rule or a
 * logo. Heights and spaces are in points.
 */
sealed interface FlowItem permits TextLine, RuleLine, RichLine, SplitLine, LogoItem {

    /** Space above the item, dropped when the item opens a page. */
    float spaceBefore();

    /** The height the item takes. */
    float height();

    /** Whether a page break between this item and the next is forbidden (headings, orphans, widows). */
    boolean keepWithNext();
}
