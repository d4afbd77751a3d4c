package org.pressdesk.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws the items of a page plan: text lines, aligned or justified, and rules. */
final class PagePainter {

    private final DocumentFonts fonts;
    private PDPageContentStream stream;
    private FontStyle currentFont;
    private float currentSize;
    private float currentGrey;

    PagePainter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    void paint(PDPageContentStream contents, PagePlan plan) throws IOException {
        this.stream = contents;
        this.currentFont = null;
        this.currentGrey = 0f;
        for (Placed placed : plan.items()) {
            if (placed.item() instanceof TextLine line) {
                drawText(line, placed);
            } else if (placed.item() instanceof RuleLine rule) {
                drawRule(rule, placed);
            }
        }
    }

    private void drawText(TextLine line, Placed placed) throws IOException {
        if (line.text().isEmpty()) {
            return;
        }
        TextStyle style = line.style();
        setGrey(style.grey());
        stream.beginText();
        setFont(style.font(), style.size());
        stream.newLineAtOffset(startX(line, placed), placed.top() - line.baselineOffset());
        if (style.align() == Align.JUSTIFY && line.width() < placed.width()) {
            showJustified(line, placed.width());
        } else {
            stream.showText(line.text());
        }
        stream.endText();
    }

    private static float startX(TextLine line, Placed placed) {
        switch (line.style().align()) {
            case CENTER:
                return placed.x() + (placed.width() - line.width()) / 2;
            case RIGHT:
                return placed.x() + placed.width() - line.width();
            default:
                return placed.x();
        }
    }

    /**
     * Shows the words with the extra width spread over the spaces as TJ offsets: Tw does not stretch spaces in an
     * Identity-H font, whose space is a two-byte code.
     */
    private void showJustified(TextLine line, float columnWidth) throws IOException {
        String[] words = line.text().split(" ");
        if (words.length < 2) {
            stream.showText(line.text());
            return;
        }
        float extraPerGap = (columnWidth - line.width()) / (words.length - 1);
        Float offset = -extraPerGap * 1000f / line.style().size();
        Object[] parts = new Object[words.length * 2 - 1];
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            parts[i * 2] = last ? words[i] : words[i] + " ";
            if (!last) {
                parts[i * 2 + 1] = offset;
            }
        }
        stream.showTextWithPositioning(parts);
    }

    private void drawRule(RuleLine rule, Placed placed) throws IOException {
        float length = Math.min(rule.length(), placed.width());
        float x = placed.x() + (placed.width() - length) / 2;
        float y = placed.top() - rule.height() / 2;
        stream.setStrokingColor(rule.grey());
        stream.setLineWidth(rule.thickness());
        stream.moveTo(x, y);
        stream.lineTo(x + length, y);
        stream.stroke();
    }

    private void setFont(FontStyle font, float size) throws IOException {
        if (font != currentFont || size != currentSize) {
            stream.setFont(fonts.font(font), size);
            currentFont = font;
            currentSize = size;
        }
    }

    private void setGrey(float grey) throws IOException {
        if (grey != currentGrey) {
            stream.setNonStrokingColor(grey);
            currentGrey = grey;
        }
    }
}
