package org.pressdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a body block in lines: its spans cleaned, French spacing applied across span boundaries, characters a face
 * lacks replaced, then broken at ordinary spaces to the measure left by the block's indent. A word wider than the
 * measure is cut, after a '/', '-' or similar when one is near, so nothing ever passes the margin.
 */
final class RichSetter {
    static final float LIST_INDENT = 20f;
    static final float QUOTE_INDENT = 24f;
    private static final String SPLIT_AFTER = "/-.\u2010_?&=#,;:";

    private final FontSet fonts;
    private final GlyphGuard guard;

    RichSetter(FontSet fonts, GlyphGuard guard) {
        this.fonts = fonts;
        this.guard = guard;
    }

    /** The block's lines for a column {@code columnWidth} wide; none for a block with no text and no marker. */
    List<RichLine> lines(BodyBlock block, TextStyle style, float columnWidth) {
        float indent = indent(block);
        float rightIndent = block.kind() == BodyBlock.Kind.QUOTE ? QUOTE_INDENT : 0f;
        float measure = Math.max(columnWidth - indent - rightIndent, columnWidth / 3);
        indent = Math.min(indent, columnWidth - measure);
        FrenchTypography.Styled text = prepare(block);
        List<List<Run>> broken = new Breaker(text, style.size(), measure).lines();
        if (broken.isEmpty() && !block.marker().isEmpty()) {
            broken.add(List.of());
        }
        List<RichLine> lines = new ArrayList<>(broken.size());
        for (int i = 0; i < broken.size(); i++) {
            boolean last = i == broken.size() - 1;
            TextStyle lineStyle = last && style.align() == Align.JUSTIFY ? style.withAlign(Align.LEFT) : style;
            lines.add(new RichLine(broken.get(i), lineStyle, width(broken.get(i), style.size()), indent, measure,
                    i == 0 ? marker(block.marker()) : "", 0f, false));
        }
        return lines;
    }

    private static float indent(BodyBlock block) {
        return switch (block.kind()) {
            case PARAGRAPH -> 0f;
            case LIST_ITEM -> LIST_INDENT * block.level();
            case QUOTE -> QUOTE_INDENT * block.level();
        };
    }

    private String marker(String marker) {
        return marker.isEmpty() ? "" : guard.drawable(marker, fonts.face(FontStyle.REGULAR));
    }

    /** The block's text with the face of each character, ready to break. */
    private FrenchTypography.Styled prepare(BodyBlock block) {
        StringBuilder text = new StringBuilder();
        List<FontStyle> faces = new ArrayList<>();
        boolean quote = block.kind() == BodyBlock.Kind.QUOTE;
        for (BodyBlock.Span span : block.spans()) {
            String clean = TextCleaner.clean(span.text()).replace('\n', ' ');
            FontStyle face = FontStyle.of(span.bold(), span.italic() != quote);
            text.append(clean);
            for (int i = 0; i < clean.length(); i++) {
                faces.add(face);
            }
        }
        FrenchTypography.Styled french = FrenchTypography.normalize(text.toString(),
                faces.toArray(new FontStyle[0]));
        return drawable(french);
    }

    /** Replaces, face by face, the characters a face cannot draw. */
    private FrenchTypography.Styled drawable(FrenchTypography.Styled text) {
        StringBuilder out = new StringBuilder(text.text().length());
        List<FontStyle> faces = new ArrayList<>(text.text().length());
        int start = 0;
        while (start < text.text().length()) {
            int end = start;
            while (end < text.text().length() && text.fonts()[end] == text.fonts()[start]) {
                end++;
            }
            String piece = guard.drawable(text.text().substring(start, end), fonts.face(text.fonts()[start]));
            out.append(piece);
            for (int i = 0; i < piece.length(); i++) {
                faces.add(text.fonts()[start]);
            }
            start = end;
        }
        return new FrenchTypography.Styled(out.toString(), faces.toArray(new FontStyle[0]));
    }

    private float width(List<Run> runs, float size) {
        float width = 0;
        for (Run run : runs) {
            width += fonts.face(run.font()).width(run.text(), size);
        }
        return width;
    }

    /** Greedy breaking of one block's styled text into lines of runs. */
    private final class Breaker {
        private final String text;
        private final FontStyle[] faces;
        private final float size;
        private final float measure;
        private final List<List<Run>> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final List<FontStyle> lineFaces = new ArrayList<>();
        private float lineWidth;

        Breaker(FrenchTypography.Styled styled, float size, float measure) {
            this.text = styled.text();
            this.faces = styled.fonts();
            this.size = size;
            this.measure = measure;
        }

        List<List<Run>> lines() {
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf(' ', start);
                end = end < 0 ? text.length() : end;
                if (end > start) {
                    word(start, end);
                }
                start = end + 1;
            }
            flush();
            return lines;
        }

        private void word(int start, int end) {
            float width = width(start, end);
            float space = line.length() == 0 ? 0 : advance(' ', faces[start]);
            if (lineWidth + space + width <= measure) {
                append(start, end, space);
                return;
            }
            flush();
            int from = start;
            while (width(from, end) > measure) {
                int cut = cut(from, end);
                append(from, cut, 0);
                flush();
                from = cut;
            }
            append(from, end, 0);
        }

        private void append(int start, int end, float space) {
            if (space > 0) {
                line.append(' ');
                lineFaces.add(faces[start]);
            }
            for (int i = start; i < end; i++) {
                line.append(text.charAt(i));
                lineFaces.add(faces[i]);
            }
            lineWidth += space + width(start, end);
        }

        /** The end of the longest piece from {@code start} that fits, moved back to a natural break if near. */
        private int cut(int start, int end) {
            int fit = start;
            float width = 0;
            while (fit < end && width + advance(text.charAt(fit), faces[fit]) <= measure) {
                width += advance(text.charAt(fit), faces[fit]);
                fit++;
            }
            if (fit == start) {
                return start + 1;
            }
            for (int i = fit - 1; i > start + (fit - start) / 2; i--) {
                if (SPLIT_AFTER.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
            return fit;
        }

        private void flush() {
            if (line.length() == 0) {
                return;
            }
            List<Run> runs = new ArrayList<>();
            int from = 0;
            for (int i = 1; i <= line.length(); i++) {
                if (i == line.length() || lineFaces.get(i) != lineFaces.get(from)) {
                    runs.add(new Run(line.substring(from, i), lineFaces.get(from)));
                    from = i;
                }
            }
            lines.add(runs);
            line.setLength(0);
            lineFaces.clear();
            lineWidth = 0;
        }

        private float width(int start, int end) {
            float width = 0;
            for (int i = start; i < end; i++) {
                width += advance(text.charAt(i), faces[i]);
            }
            return width;
        }

        private float advance(char c, FontStyle face) {
            return fonts.face(face).advance(c) * size / 1000f;
        }
    }
}
