package org.pressdesk.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects every glyph PDFBox extracts, with its page, to check where things were drawn. */
final class PositionCollector extends PDFTextStripper {

    /** One drawn glyph: page number from 1, unicode, and its box in points from the page's top left. */
    record Glyph(int page, String unicode, float x, float baseline, float width, float size) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private PositionCollector() {
        setSortByPosition(false);
    }

    static List<Glyph> collect(PDDocument document) throws IOException {
        PositionCollector collector = new PositionCollector();
        collector.getText(document);
        return collector.glyphs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition position : positions) {
            glyphs.add(new Glyph(getCurrentPageNo(), position.getUnicode(), position.getXDirAdj(),
                    position.getYDirAdj(), position.getWidthDirAdj(), position.getFontSizeInPt()));
        }
    }
}
