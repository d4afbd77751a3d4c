package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The two-column head of the first page, as francophone administrations print it: on the left the ministry and,
 * under a short rule, the office; on the right the country and, under a short rule, its motto in italic. Each
 * column is centred in itself; blank fields are left out, and so are rules with nothing to separate.
 */
final class LetterheadLayout {

    private static final TextStyle MINISTRY = new TextStyle(FontStyle.BOLD, 10f, 12.5f, Align.CENTER, 0f);
    private static final TextStyle OFFICE = new TextStyle(FontStyle.BOLD, 9f, 11.5f, Align.CENTER, 0.15f);
    private static final TextStyle COUNTRY = new TextStyle(FontStyle.BOLD, 11f, 13.5f, Align.CENTER, 0f);
    private static final TextStyle MOTTO = new TextStyle(FontStyle.ITALIC, 9.5f, 12f, Align.CENTER, 0.1f);
    private static final int MAX_LINES = 4;

    static final Column LEFT = new Column(Paper.LEFT, Paper.CONTENT_WIDTH * 0.54f);
    static final Column RIGHT = new Column(Paper.RIGHT - Paper.CONTENT_WIDTH * 0.40f, Paper.CONTENT_WIDTH * 0.40f);

    private final Typesetter setter;

    LetterheadLayout(Typesetter setter) {
        this.setter = setter;
    }

    /** The head placed from the top margin down, and its height; empty when every field is blank. */
    Block layout(PdfContent.Letterhead letterhead) {
        if (letterhead == null) {
            return Block.EMPTY;
        }
        List<FlowItem> left = leftColumn(letterhead);
        List<FlowItem> right = rightColumn(letterhead);
        List<Placed> placed = new ArrayList<>(LEFT.stack(left, Paper.TOP));
        placed.addAll(RIGHT.stack(right, Paper.TOP));
        return new Block(placed, Math.max(Column.height(left), Column.height(right)));
    }

    private List<FlowItem> leftColumn(PdfContent.Letterhead letterhead) {
        return separated(lines(letterhead.ministry(), MINISTRY, LEFT), lines(letterhead.officeName(), OFFICE, LEFT));
    }

    private List<FlowItem> rightColumn(PdfContent.Letterhead letterhead) {
        return separated(lines(letterhead.countryName(), COUNTRY, RIGHT), lines(letterhead.motto(), MOTTO, RIGHT));
    }

    private List<TextLine> lines(String field, TextStyle style, Column column) {
        return setter.lines(field, style, column.width(), MAX_LINES);
    }

    /** The upper lines, a short rule, the lower lines; the rule only when both have lines. */
    private static List<FlowItem> separated(List<TextLine> upper, List<TextLine> lower) {
        List<FlowItem> items = new ArrayList<>(upper);
        if (!upper.isEmpty() && !lower.isEmpty()) {
            items.add(new RuleLine(42f, 0.7f, 0f, 0f, 9f, false));
        }
        items.addAll(lower);
        return items;
    }
}
