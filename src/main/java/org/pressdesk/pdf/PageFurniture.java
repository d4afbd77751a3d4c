package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * What every page carries besides the text: from the second page on, a light running header (office and
 * reference; the title, or the embargo while there is one) so that a loose page can be identified; on every page
 * a footer with the letterhead's footer text and the page number, and on the first page the office's address and
 * contacts above them.
 */
final class PageFurniture {

    private static final TextStyle RUNNING_OFFICE = new TextStyle(FontStyle.REGULAR, 8f, 10f, Align.LEFT, 0.35f);
    private static final TextStyle RUNNING_TITLE = new TextStyle(FontStyle.ITALIC, 8f, 10f, Align.RIGHT, 0.35f);
    private static final TextStyle RUNNING_EMBARGO = new TextStyle(FontStyle.BOLD, 8f, 10f, Align.RIGHT, 0f);
    private static final TextStyle FOOTER = new TextStyle(FontStyle.REGULAR, 7.5f, 9.5f, Align.CENTER, 0.3f);
    private static final TextStyle PAGE_NUMBER = new TextStyle(FontStyle.REGULAR, 8.5f, 11f, Align.CENTER, 0.15f);
    private static final Column RUNNING_LEFT = new Column(Paper.LEFT, Paper.CONTENT_WIDTH * 0.42f);
    private static final Column RUNNING_RIGHT =
            new Column(Paper.RIGHT - Paper.CONTENT_WIDTH * 0.55f, Paper.CONTENT_WIDTH * 0.55f);
    private static final Column FULL = new Column(Paper.LEFT, Paper.CONTENT_WIDTH);
    private static final int MAX_FOOTER_LINES = 3;
    private static final String PAGE_NUMBER_PLACEHOLDER = "0";
    private final Typesetter setter;
    private final Block runningHeader;
    private final List<TextLine> firstPageFooter = new ArrayList<>();
    private final List<TextLine> otherPageFooter;
    private final float firstFooterHeight;
    private final float otherFooterHeight;

    PageFurniture(Typesetter setter, PdfContent content) {
        this.setter = setter;
        PdfContent.Letterhead letterhead = content.letterhead();
        this.runningHeader = runningHeader(letterhead, content);
        this.otherPageFooter = footerLines(letterhead == null ? null : letterhead.footer());
        if (letterhead != null) {
            firstPageFooter.addAll(footerLines(letterhead.address()));
            firstPageFooter.addAll(footerLines(letterhead.contact()));
        }
        firstPageFooter.addAll(otherPageFooter);
        this.firstFooterHeight = Column.height(footerItems(0, PAGE_NUMBER_PLACEHOLDER));
        this.otherFooterHeight = Column.height(footerItems(1, PAGE_NUMBER_PLACEHOLDER));
    }

    /** The running header of the pages after the first, placed from the top margin down. */
    Block runningHeader() {
        return runningHeader;
    }

    /** The height of a page's footer above the bottom margin. */
    float footerHeight(int pageIndex) {
        return pageIndex == 0 ? firstFooterHeight : otherFooterHeight;
    }

    /** The footer of a page, placed so that it ends on the bottom margin. */
    Block footer(int pageIndex, String pageNumber) {
        List<FlowItem> items = footerItems(pageIndex, pageNumber);
        float height = Column.height(items);
        return new Block(FULL.stack(items, Paper.BOTTOM + height), height);
    }

    private List<FlowItem> footerItems(int pageIndex, String pageNumber) {
        List<TextLine> text = pageIndex == 0 ? firstPageFooter : otherPageFooter;
        List<FlowItem> items = new ArrayList<>();
        if (!text.isEmpty()) {
            items.add(new RuleLine(Paper.CONTENT_WIDTH, 0.4f, 0.55f, 0f, 5f, false));
            items.addAll(text);
        }
        TextLine number = setter.oneLine(pageNumber, PAGE_NUMBER, Paper.CONTENT_WIDTH);
        if (number != null) {
            items.add(number.withSpaceBefore(text.isEmpty() ? 0f : 2f));
        }
        return items;
    }

    private List<TextLine> footerLines(String field) {
        return setter.lines(field, FOOTER, Paper.CONTENT_WIDTH, MAX_FOOTER_LINES);
    }

    private Block runningHeader(PdfContent.Letterhead letterhead, PdfContent content) {
        List<Placed> items = new ArrayList<>();
        String officeName = letterhead == null ? ""
                : isBlank(letterhead.officeName()) ? letterhead.ministry() : letterhead.officeName();
        String reference = content.publication().reference();
        String left = isBlank(reference) ? officeName
                : isBlank(officeName) ? reference : officeName + " · " + reference;
        TextLine office = setter.oneLine(left, RUNNING_OFFICE, RUNNING_LEFT.width());
        PdfContent.Publication publication = content.publication();
        TextLine titleLine = publication.embargoed()
                ? setter.oneLine(publication.notice(), RUNNING_EMBARGO, RUNNING_RIGHT.width())
                : setter.oneLine(content.title(), RUNNING_TITLE, RUNNING_RIGHT.width());
        if (office == null && titleLine == null) {
            return Block.EMPTY;
        }
        if (office != null) {
            items.add(new Placed(office, RUNNING_LEFT.x(), RUNNING_LEFT.width(), Paper.TOP));
        }
        if (titleLine != null) {
            items.add(new Placed(titleLine, RUNNING_RIGHT.x(), RUNNING_RIGHT.width(), Paper.TOP));
        }
        float lineHeight = RUNNING_OFFICE.leading();
        RuleLine rule = new RuleLine(Paper.CONTENT_WIDTH, 0.4f, 0.55f, 0f, 6f, false);
        items.add(new Placed(rule, FULL.x(), FULL.width(), Paper.TOP - lineHeight));
        return new Block(items, lineHeight + rule.height());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
