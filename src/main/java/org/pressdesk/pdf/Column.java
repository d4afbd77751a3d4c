package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/** A vertical strip of a page, from {@code x} and {@code width} wide, in which items are stacked top down. */
record Column(float x, float width) {

    /** The items stacked from {@code top}, the first one's space before included. */
    List<Placed> stack(List<? extends FlowItem> items, float top) {
        List<Placed> placed = new ArrayList<>(items.size());
        float y = top;
        for (FlowItem item : items) {
            y -= item.spaceBefore();
            placed.add(new Placed(item, x, width, y));
            y -= item.height();
        }
        return placed;
    }

    /** The height the items take when stacked. */
    static float height(List<? extends FlowItem> items) {
        float total = 0;
        for (FlowItem item : items) {
            total += item.spaceBefore() + item.height();
        }
        return total;
    }
}
