package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;
import org.pressdesk.domain.HeaderLayout;

/**
 * The head of the first page, in one of two layouts. Two columns, as francophone administrations print it: on the
 * left the logo, the ministry and, under a short rule, the office; on the right the country and, under a short
 * rule, its motto in italic. Centred: country, motto, rule, logo, ministry and office one under the other. Blank
 * fields are left out, and so are rules with nothing to separate.
 */
final class LetterheadLayout {

    private static final TextStyle MINISTRY = new TextStyle(FontStyle.BOLD, 10f, 12.5f, Align.CENTER, 0f);
    private static final TextStyle OFFICE = new TextStyle(FontStyle.BOLD, 9f, 11.5f, Align.CENTER, 0.15f);
    private static final TextStyle COUNTRY = new TextStyle(FontStyle.BOLD, 11f, 13.5f, Align.CENTER, 0f);
    private static final TextStyle MOTTO = new TextStyle(FontStyle.ITALIC, 9.5f, 12f, Align.CENTER, 0.1f);
    private static final int MAX_LINES = 4;
    private static final float LOGO_HEIGHT = 18 * Paper.MM;
    private static final float LOGO_SPACE = 4f;

    static final Column LEFT = new Column(Paper.LEFT, Paper.CONTENT_WIDTH * 0.54f);
    static final Column RIGHT = new Column(Paper.RIGHT - Paper.CONTENT_WIDTH * 0.40f, Paper.CONTENT_WIDTH * 0.40f);
    static final Column FULL = new Column(Paper.LEFT, Paper.CONTENT_WIDTH);

    private final Typesetter setter;
    private final LogoImages logos;

    LetterheadLayout(Typesetter setter, LogoImages logos) {
        this.setter = setter;
        this.logos = logos;
    }

    /** The head placed from the top margin down, and its height; empty when every field is blank. */
    Block layout(PdfContent.Letterhead letterhead) {
        if (letterhead == null) {
            return Block.EMPTY;
        }
        if (letterhead.layout() == HeaderLayout.CENTERED) {
            List<FlowItem> items = centred(letterhead);
            return new Block(FULL.stack(items, Paper.TOP), Column.height(items));
        }
        List<FlowItem> left = withLogo(letterhead, LEFT, separated(lines(letterhead.ministry(), MINISTRY, LEFT),
                lines(letterhead.officeName(), OFFICE, LEFT)));
        List<FlowItem> right = separated(lines(letterhead.countryName(), COUNTRY, RIGHT),
                lines(letterhead.motto(), MOTTO, RIGHT));
        List<Placed> placed = new ArrayList<>(LEFT.stack(left, Paper.TOP));
        placed.addAll(RIGHT.stack(right, Paper.TOP));
        return new Block(placed, Math.max(Column.height(left), Column.height(right)));
    }

    private List<FlowItem> centred(PdfContent.Letterhead letterhead) {
        List<FlowItem> state = separated(lines(letterhead.countryName(), COUNTRY, FULL),
                lines(letterhead.motto(), MOTTO, FULL));
        List<FlowItem> office = new ArrayList<>(lines(letterhead.ministry(), MINISTRY, FULL));
        office.addAll(lines(letterhead.officeName(), OFFICE, FULL));
        List<FlowItem> items = new ArrayList<>(state);
        if (!state.isEmpty() && !office.isEmpty() && logo(letterhead, FULL) == null) {
            items.add(rule());
        }
        items.addAll(withLogo(letterhead, FULL, office));
        return items;
    }

    /** The logo above {@code below}, with a little space between them; {@code below} alone without a logo. */
    private List<FlowItem> withLogo(PdfContent.Letterhead letterhead, Column column, List<FlowItem> below) {
        LogoItem logo = logo(letterhead, column);
        if (logo == null) {
            return below;
        }
        List<FlowItem> items = new ArrayList<>();
        items.add(logo.withSpaceBefore(LOGO_SPACE));
        for (int i = 0; i < below.size(); i++) {
            FlowItem item = below.get(i);
            items.add(i == 0 && item instanceof TextLine line ? line.withSpaceBefore(LOGO_SPACE) : item);
        }
        return items;
    }

    private LogoItem logo(PdfContent.Letterhead letterhead, Column column) {
        if (letterhead.logo() == null) {
            return null;
        }
        LogoImages.Prepared prepared = logos.prepare(letterhead.logo());
        return prepared == null ? null : LogoItem.fitted(letterhead.logo(), prepared.width(), prepared.height(),
                column.width(), LOGO_HEIGHT);
    }

    private List<TextLine> lines(String field, TextStyle style, Column column) {
        return setter.lines(field, style, column.width(), MAX_LINES);
    }

    /** The upper lines, a short rule, the lower lines; the rule only when both have lines. */
    private static List<FlowItem> separated(List<TextLine> upper, List<TextLine> lower) {
        List<FlowItem> items = new ArrayList<>(upper);
        if (!upper.isEmpty() && !lower.isEmpty()) {
            items.add(rule());
        }
        items.addAll(lower);
        return items;
    }

    private static RuleLine rule() {
        return new RuleLine(42f, 0.7f, 0f, 0f, 9f, false);
    }
}
