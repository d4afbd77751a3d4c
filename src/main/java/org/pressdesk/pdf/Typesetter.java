package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a field as the user typed it into lines ready to place: cleaned, French spacing applied, characters the
 * face lacks replaced, broken into lines of the column width.
 */
final class Typesetter {

    private final FontSet fonts;
    private final GlyphGuard guard;

    Typesetter(FontSet fonts, GlyphGuard guard) {
        this.fonts = fonts;
        this.guard = guard;
    }

    /** The text of a field as it will be drawn in {@code font}: its lines separated by '\n'. */
    String prepare(String raw, FontStyle font) {
        return guard.drawable(FrenchTypography.normalize(TextCleaner.clean(raw)), fonts.face(font));
    }

    /** Each of the field's lines (paragraphs), wrapped to {@code width}; blank lines are dropped. */
    List<List<TextLine>> paragraphs(String raw, TextStyle style, float width) {
        LineBreaker breaker = new LineBreaker(fonts.face(style.font()), style.size());
        List<List<TextLine>> paragraphs = new ArrayList<>();
        for (String paragraph : TextCleaner.lines(prepare(raw, style.font()))) {
            List<String> texts = breaker.wrap(paragraph, width);
            List<TextLine> lines = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                boolean last = i == texts.size() - 1;
                TextStyle lineStyle = last && style.align() == Align.JUSTIFY ? style.withAlign(Align.LEFT) : style;
                lines.add(line(texts.get(i), lineStyle));
            }
            paragraphs.add(lines);
        }
        return paragraphs;
    }

    /** All the field's lines, at most {@code maxLines}: the last one kept ends with an ellipsis if text was cut. */
    List<TextLine> lines(String raw, TextStyle style, float width, int maxLines) {
        List<TextLine> all = new ArrayList<>();
        paragraphs(raw, style, width).forEach(all::addAll);
        if (all.size() <= maxLines) {
            return all;
        }
        List<TextLine> kept = new ArrayList<>(all.subList(0, maxLines));
        LineBreaker breaker = new LineBreaker(fonts.face(style.font()), style.size());
        String cut = breaker.fitOnOneLine(kept.get(maxLines - 1).text() + "\u2026", width);
        kept.set(maxLines - 1, line(cut, style.withAlign(style.align() == Align.JUSTIFY ? Align.LEFT : style.align())));
        return kept;
    }

    /** The field on a single line, cut with an ellipsis if it is too long; null if the field is blank. */
    TextLine oneLine(String raw, TextStyle style, float width) {
        String text = String.join(" ", TextCleaner.lines(prepare(raw, style.font())));
        if (text.isEmpty()) {
            return null;
        }
        LineBreaker breaker = new LineBreaker(fonts.face(style.font()), style.size());
        return line(breaker.fitOnOneLine(text, width), style);
    }

    TextLine line(String text, TextStyle style) {
        float width = fonts.face(style.font()).width(text, style.size());
        return new TextLine(text, style, width, 0, false);
    }
}
