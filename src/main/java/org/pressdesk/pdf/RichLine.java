package org.pressdesk.pdf;

import java.util.List;

/**
 * A line of body text whose words may change face (bold, italic), set from {@code indent} points inside its column,
 * with a list marker hanging before the indent on an item's first line.
 *
 * @param runs the text, in faces; single spaces between words
 * @param style size, leading, alignment and grey; its font is the marker's
 * @param width the natural width of the runs in points
 * @param indent the distance of the text from the column's left edge
 * @param measure the width available to the text, from the indent
 * @param marker "•" or "3." for the first line of a list item, else ""
 * @param spaceBefore space above, in points
 * @param keepWithNext whether it must stay on the page of the next item
 */
record RichLine(List<Run> runs, TextStyle style, float width, float indent, float measure, String marker,
        float spaceBefore, boolean keepWithNext) implements FlowItem {

    @Override
    public float height() {
        return style.leading();
    }

    float baselineOffset() {
        return style.leading() - style.size() * 0.25f;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    RichLine withSpaceBefore(float space) {
        return new RichLine(runs, style, width, indent, measure, marker, space, keepWithNext);
    }

    RichLine keptWithNext() {
        return new RichLine(runs, style, width, indent, measure, marker, spaceBefore, true);
    }
}
