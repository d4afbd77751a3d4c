package org.pressdesk.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws the items of a page plan: text lines, aligned or justified, body lines in mixed faces, rules and logos. */
final class PagePainter {

    private final DocumentFonts fonts;
    private final DocumentImages images;
    private PDPageContentStream stream;
    private FontStyle currentFont;
    private float currentSize;
    private float currentGrey;

    PagePainter(DocumentFonts fonts, DocumentImages images) {
        this.fonts = fonts;
        this.images = images;
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
            } else if (placed.item() instanceof RichLine line) {
                drawRich(line, placed);
            } else if (placed.item() instanceof SplitLine split) {
                drawSplit(split, placed);
            } else if (placed.item() instanceof LogoItem logo) {
                drawLogo(logo, placed);
            }
        }
    }

    private void drawSplit(SplitLine split, Placed placed) throws IOException {
        if (split.left() != null) {
            drawText(split.left(), placed);
        }
        if (split.right() != null) {
            drawText(split.right(), placed);
        }
    }

    private void drawLogo(LogoItem logo, Placed placed) throws IOException {
        var image = images.logo(logo.logo());
        if (image != null) {
            float x = placed.x() + (placed.width() - logo.width()) / 2;
            stream.drawImage(image, x, placed.top() - logo.height(), logo.width(), logo.height());
        }
    }

    private void drawRich(RichLine line, Placed placed) throws IOException {
        TextStyle style = line.style();
        setGrey(style.grey());
        float baseline = placed.top() - line.baselineOffset();
        float x = placed.x() + line.indent();
        if (!line.marker().isEmpty()) {
            stream.beginText();
            setFont(FontStyle.REGULAR, style.size());
            float markerWidth = fonts.width(FontStyle.REGULAR, line.marker(), style.size());
            stream.newLineAtOffset(x - markerWidth - 5f, baseline);
            stream.showText(line.marker());
            stream.endText();
        }
        if (line.runs().isEmpty()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x + richOffset(line), baseline);
        boolean justify = style.align() == Align.JUSTIFY && line.width() < line.measure();
        int gaps = justify ? spaces(line) : 0;
        Float extra = gaps == 0 ? null : -(line.measure() - line.width()) / gaps * 1000f / style.size();
        for (Run run : line.runs()) {
            setFont(run.font(), style.size());
            if (extra == null) {
                stream.showText(run.text());
            } else {
                stream.showTextWithPositioning(spread(run.text(), extra));
            }
        }
        stream.endText();
    }

    private static float richOffset(RichLine line) {
        return switch (line.style().align()) {
            case CENTER -> (line.measure() - line.width()) / 2;
            case RIGHT -> line.measure() - line.width();
            default -> 0f;
        };
    }

    private static int spaces(RichLine line) {
        int count = 0;
        for (Run run : line.runs()) {
            for (int i = 0; i < run.text().length(); i++) {
                count += run.text().charAt(i) == ' ' ? 1 : 0;
            }
        }
        return count;
    }

    /** The run's text with {@code offset} after each of its spaces, for a TJ array. */
    private static Object[] spread(String text, Float offset) {
        List<Object> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                parts.add(text.substring(start, i + 1));
                parts.add(offset);
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts.toArray();
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
        if (rule.length() <= 0 || rule.thickness() <= 0) {
            return;
        }
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
