package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The running text of a communiqué, in reading order: genre heading over a rule, title, place and date, body,
 * signature. Headings stay with what follows them, a paragraph never leaves a single line alone at the foot or the
 * head of a page, and the signature never stands alone on a page.
 */
final class CommuniqueFlow {

    static final TextStyle HEADING = new TextStyle(FontStyle.BOLD, 15f, 19f, Align.CENTER, 0f);
    static final TextStyle TITLE = new TextStyle(FontStyle.BOLD, 12.5f, 16f, Align.CENTER, 0f);
    static final TextStyle PLACE_DATE = new TextStyle(FontStyle.REGULAR, 11.5f, 15f, Align.RIGHT, 0f);
    static final TextStyle BODY = new TextStyle(FontStyle.REGULAR, 11.5f, 15.5f, Align.JUSTIFY, 0f);
    static final TextStyle SIGNATURE = new TextStyle(FontStyle.BOLD, 11.5f, 15f, Align.RIGHT, 0f);

    private static final float TITLE_SPACE = 16f;
    private static final float PLACE_DATE_SPACE = 18f;
    private static final float BODY_SPACE = 16f;
    private static final float PARAGRAPH_SPACE = 7f;
    private static final float SIGNATURE_SPACE = 22f;
    private static final float TITLE_WIDTH = Paper.CONTENT_WIDTH - 40f;

    private final Typesetter setter;
    private final List<FlowItem> items = new ArrayList<>();

    CommuniqueFlow(Typesetter setter) {
        this.setter = setter;
    }

    List<FlowItem> build(PdfContent content) {
        addHeading(content.genreHeading());
        addKept(flatten(setter.paragraphs(content.title(), TITLE, TITLE_WIDTH)), TITLE_SPACE);
        addKept(flatten(setter.paragraphs(content.placeDateLine(), PLACE_DATE, Paper.CONTENT_WIDTH)),
                PLACE_DATE_SPACE);
        addBody(content.body());
        if (!items.isEmpty()) {
            keepLastWithNext();
        }
        addKept(flatten(setter.paragraphs(content.signature(), SIGNATURE, Paper.CONTENT_WIDTH)), SIGNATURE_SPACE);
        return items;
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

    private void addBody(String body) {
        boolean first = true;
        for (List<TextLine> paragraph : setter.paragraphs(body, BODY, Paper.CONTENT_WIDTH)) {
            float space = items.isEmpty() ? 0f : first ? BODY_SPACE : PARAGRAPH_SPACE;
            addParagraph(paragraph, space);
            first = false;
        }
    }

    /** Adds a paragraph whose first two and last two lines stay together: no orphan, no widow. */
    private void addParagraph(List<TextLine> lines, float space) {
        int last = lines.size() - 1;
        for (int i = 0; i <= last; i++) {
            TextLine line = lines.get(i);
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
        }
    }

    private static List<TextLine> flatten(List<List<TextLine>> paragraphs) {
        List<TextLine> lines = new ArrayList<>();
        paragraphs.forEach(lines::addAll);
        return lines;
    }
}
