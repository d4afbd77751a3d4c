package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a communiqué out on pages before anything is drawn, so that the page count is known when the footers are
 * written ("Page 1 sur 3").
 */
final class CommuniqueLayout {

    private static final float GAP_AFTER_LETTERHEAD = 12 * Paper.MM;
    private static final float GAP_AFTER_RUNNING_HEADER = 7 * Paper.MM;
    private static final float GAP_BEFORE_FOOTER = 6 * Paper.MM;

    private final Typesetter setter;
    private final RichSetter richSetter;
    private final LogoImages logos;

    CommuniqueLayout(Typesetter setter, RichSetter richSetter, LogoImages logos) {
        this.setter = setter;
        this.richSetter = richSetter;
        this.logos = logos;
    }

    List<PagePlan> layout(PdfContent content) {
        Block letterhead = new LetterheadLayout(setter, logos).layout(content.letterhead());
        PageFurniture furniture = new PageFurniture(setter, content);
        List<FlowItem> flow = new CommuniqueFlow(setter, richSetter).build(content);
        List<List<Placed>> pages = new Paginator(frames(letterhead, furniture)).paginate(flow);
        PageNumbers numbers = new PageNumbers(content.pageNumberPattern());
        List<PagePlan> plans = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            List<Placed> items = new ArrayList<>(i == 0 ? letterhead.items() : furniture.runningHeader().items());
            items.addAll(pages.get(i));
            items.addAll(furniture.footer(i, numbers.format(i + 1, pages.size())).items());
            plans.add(new PagePlan(items));
        }
        return plans;
    }

    private static Paginator.Frames frames(Block letterhead, PageFurniture furniture) {
        float firstTop = letterhead.height() > 0 ? Paper.TOP - letterhead.height() - GAP_AFTER_LETTERHEAD : Paper.TOP;
        Block running = furniture.runningHeader();
        float otherTop = running.height() > 0 ? Paper.TOP - running.height() - GAP_AFTER_RUNNING_HEADER : Paper.TOP;
        return new Paginator.Frames() {
            @Override
            public float top(int pageIndex) {
                return pageIndex == 0 ? firstTop : otherTop;
            }

            @Override
            public float bottom(int pageIndex) {
                return Paper.BOTTOM + furniture.footerHeight(pageIndex) + GAP_BEFORE_FOOTER;
            }
        };
    }
}
