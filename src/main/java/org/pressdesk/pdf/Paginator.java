package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a column of items onto as many pages as it takes. Items chained by {@code keepWithNext} move to the next
 * page together, unless the chain is taller than a whole page; then they break wherever they must.
 */
final class Paginator {

    /** The vertical extent of the text column on each page. */
    interface Frames {
        float top(int pageIndex);

        float bottom(int pageIndex);
    }

    private final Frames frames;
    private final List<List<Placed>> pages = new ArrayList<>();
    private float y;

    Paginator(Frames frames) {
        this.frames = frames;
    }

    /** The items of each page, in order; at least one page, even for no items. */
    List<List<Placed>> paginate(List<FlowItem> items) {
        newPage();
        int start = 0;
        while (start < items.size()) {
            int end = chainEnd(items, start);
            if (!fits(items, start, end)) {
                if (!onEmptyPage() && height(items, start, end, true) <= frameHeight(pages.size())) {
                    newPage();
                    continue;
                }
                for (int i = start; i < end; i++) {
                    placeAlone(items.get(i));
                }
            } else {
                for (int i = start; i < end; i++) {
                    place(items.get(i));
                }
            }
            start = end;
        }
        return pages;
    }

    private static int chainEnd(List<FlowItem> items, int start) {
        int end = start;
        while (end < items.size() - 1 && items.get(end).keepWithNext()) {
            end++;
        }
        return end + 1;
    }

    private boolean fits(List<FlowItem> items, int start, int end) {
        return y - height(items, start, end, onEmptyPage()) >= bottom() - 0.01f;
    }

    private static float height(List<FlowItem> items, int start, int end, boolean atTop) {
        float total = 0;
        for (int i = start; i < end; i++) {
            FlowItem item = items.get(i);
            total += item.height() + (i == start && atTop ? 0 : item.spaceBefore());
        }
        return total;
    }

    private void placeAlone(FlowItem item) {
        if (!onEmptyPage() && y - item.spaceBefore() - item.height() < bottom() - 0.01f) {
            newPage();
        }
        place(item);
    }

    private void place(FlowItem item) {
        List<Placed> page = pages.get(pages.size() - 1);
        float top = page.isEmpty() ? y : y - item.spaceBefore();
        page.add(new Placed(item, Paper.LEFT, Paper.CONTENT_WIDTH, top));
        y = top - item.height();
    }

    private boolean onEmptyPage() {
        return pages.get(pages.size() - 1).isEmpty();
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = frames.top(pages.size() - 1);
    }

    private float bottom() {
        return frames.bottom(pages.size() - 1);
    }

    private float frameHeight(int pageIndex) {
        return frames.top(pageIndex) - frames.bottom(pageIndex);
    }
}
