package org.pressdesk.pdf;

/**
 * A horizontal rule centred in its column.
 *
 * @param length its length in points, at most the column width
 * @param thickness the stroke width in points
 * @param grey its grey level, 0 for black
 * @param spaceBefore space above, in points
 * @param height the height of its box; the rule is drawn in the middle
 * @param keepWithNext whether it must stay on the page of the next item
 */
record RuleLine(float length, float thickness, float grey, float spaceBefore, float height, boolean keepWithNext)
        implements FlowItem {
}
