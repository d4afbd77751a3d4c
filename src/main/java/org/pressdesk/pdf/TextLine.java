package org.pressdesk.pdf;

/**
 * One line of text, with characters its face can draw and single spaces between words.
 *
 * @param text the characters
 * @param style how it is set; JUSTIFY stretches its spaces to the column width
 * @param width its natural width in points
 * @param spaceBefore space above, in points
 * @param keepWithNext whether it must stay on the page of the next item
 */
record TextLine(String text, TextStyle style, float width, float spaceBefore, boolean keepWithNext)
        implements FlowItem {

    @Override
    public float height() {
        return style.leading();
    }

    /** The baseline's distance below the top of the line's box. */
    float baselineOffset() {
        return style.leading() - style.size() * 0.25f;
    }

    TextLine withSpaceBefore(float space) {
        return new TextLine(text, style, width, space, keepWithNext);
    }

    TextLine keptWithNext() {
        return new TextLine(text, style, width, spaceBefore, true);
    }
}
