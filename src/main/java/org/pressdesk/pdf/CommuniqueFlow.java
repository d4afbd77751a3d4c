package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The running text of a communiqué, in reading order: reference and release notice, genre heading over a rule,
 * title, place and date, body (paragraphs, lists and quotations), end mark, signature. Headings and the title stay
 * with the first lines of the body, a paragraph never leaves a single line alone at the foot or the head of a page,
 * and the end mark and signature never stand alone on a page.
 */
final class CommuniqueFlow {

    static final TextStyle HEADING = new TextStyle(FontStyle.BOLD, 15f, 19f, Align.CENTER, 0f);
    static final TextStyle TITLE = new TextStyle(FontStyle.BOLD, 12.5f, 16f, Align.CENTER, 0f);
    static final TextStyle PLACE_DATE = new TextStyle(FontStyle.REGULAR, 11.5f, 15f, Align.RIGHT, 0f);
    static final TextStyle BODY = new TextStyle(FontStyle.REGULAR, 11.5f, 15.5f, Align.JUSTIFY, 0f);
    static final TextStyle SIGNATURE = new TextStyle(FontStyle.BOLD, 11.5f, 15f, Align.RIGHT, 0f);
    static final TextStyle REFERENCE = new TextStyle(FontStyle.BOLD, 9.5f, 12f, Align.LEFT, 0f);
    static final TextStyle NOTICE = new TextStyle(FontStyle.ITALIC, 9.5f, 12f, Align.RIGHT, 0f);
    static final TextStyle EMBARGO = new TextStyle(FontStyle.BOLD, 9.5f, 12f, Align.RIGHT, 0f);
    static final TextStyle END_MARK = new TextStyle(FontStyle.BOLD, 11.5f, 15f, Align.CENTER, 0f);

    private static final float TITLE_SPACE = 16f;
    private static final float PLACE_DATE_SPACE = 18f;
    private static final float BODY_SPACE = 16f;
    private static final float PARAGRAPH_SPACE = 7f;
    private static final float SIGNATURE_SPACE = 22f;
    private static final float END_MARK_SPACE = 14f;
    private static final float RELEASE_SPACE = 10f;
    private static final float NOTICE_GAP = 12f;
    private static final float TITLE_WIDTH = Paper.CONTENT_WIDTH - 40f;

    private final Typesetter setter;
    private final RichSetter richSetter;
    private final List<FlowItem> items = new ArrayList<>();

    CommuniqueFlow(Typesetter setter, RichSetter richSetter) {
        this.setter = setter;
        this.richSetter = richSetter;
    }

    List<FlowItem> build(PdfContent content) {
        PdfContent.Publication publication = content.publication();
        addRelease(publication);
        addHeading(content.genreHeading());
        addKept(flatten(setter.paragraphs(content.title(), TITLE, TITLE_WIDTH)), TITLE_SPACE);
        addKept(flatten(setter.paragraphs(content.placeDateLine(), PLACE_DATE, Paper.CONTENT_WIDTH)),
                PLACE_DATE_SPACE);
        addBody(BodyMarkup.parse(content.body(), publication.bodyFormat()));
        if (!items.isEmpty()) {
            keepLastWithNext();
        }
        addKept(flatten(setter.paragraphs(publication.endMark(), END_MARK, Paper.CONTENT_WIDTH)), END_MARK_SPACE);
        addKept(flatten(setter.paragraphs(content.signature(), SIGNATURE, Paper.CONTENT_WIDTH)), SIGNATURE_SPACE);
        return items;
    }

    /** The reference on the left and the release notice on the right, above the heading. */
    private void addRelease(PdfContent.Publication publication) {
        TextLine reference = setter.oneLine(publication.reference(), REFERENCE, Paper.CONTENT_WIDTH / 2);
        float room = Paper.CONTENT_WIDTH - (reference == null ? 0 : reference.width() + NOTICE_GAP);
        TextLine notice = setter.oneLine(publication.notice(), publication.embargoed() ? EMBARGO : NOTICE, room);
        if (reference != null || notice != null) {
            items.add(new SplitLine(reference, notice, 0f, true));
            items.add(new RuleLine(0f, 0f, 0f, 0f, RELEASE_SPACE, true));
        }
    }
    private void addHeading(String heading) {
        List<TextLine> lines = flatten(setter.paragraphs(heading, HEADING, Paper.CONTENT_WIDTH));
        if (lines.isEmpty()) {
            return;
        }
        addKept(lines, 0f);
        float widest = 0;
        for (TextLine line : lines) {
            widest = Math.max(widest, line.width());
        }
        float length = Math.min(Paper.CONTENT_WIDTH, widest + 30f);
        items.add(new RuleLine(length, 0.9f, 0f, 1f, 6f, true));
    }

    /** Adds lines that must stay together and with what follows, the first with {@code space} above. */
    private void addKept(List<TextLine> lines, float space) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i).keptWithNext();
            items.add(i == 0 ? line.withSpaceBefore(items.isEmpty() ? 0f : space) : line);
        }
    }

    private void addBody(List<BodyBlock> blocks) {
        BodyBlock previous = null;
        for (BodyBlock block : blocks) {
            List<RichLine> lines = richSetter.lines(block, BODY, Paper.CONTENT_WIDTH);
            if (lines.isEmpty()) {
                continue;
            }
            float space = items.isEmpty() ? 0f : previous == null ? BODY_SPACE : spaceBetween(previous, block);
            addParagraph(lines, space);
            previous = block;
        }
    }

    /** List items of one list sit closer together than paragraphs. */
    private static float spaceBetween(BodyBlock previous, BodyBlock block) {
        boolean sameList = previous.kind() == BodyBlock.Kind.LIST_ITEM && block.kind() == BodyBlock.Kind.LIST_ITEM;
        return sameList ? PARAGRAPH_SPACE / 2 : PARAGRAPH_SPACE;
    }

    /** Adds a paragraph whose first two and last two lines stay together: no orphan, no widow. */
    private void addParagraph(List<RichLine> lines, float space) {
        int last = lines.size() - 1;
        for (int i = 0; i <= last; i++) {
            RichLine line = lines.get(i);
            if (i == 0 && last > 0 || i == last - 1) {
                line = line.keptWithNext();
            }
            items.add(i == 0 ? line.withSpaceBefore(space) : line);
        }
    }

    private void keepLastWithNext() {
        int last = items.size() - 1;
        if (items.get(last) instanceof TextLine line) {
            items.set(last, line.keptWithNext());
        } else if (items.get(last) instanceof RichLine line) {
            items.set(last, line.keptWithNext());
        }
    }

    private static List<TextLine> flatten(List<List<TextLine>> paragraphs) {
        List<TextLine> lines = new ArrayList<>();
        paragraphs.forEach(lines::addAll);
        return lines;
    }
}
