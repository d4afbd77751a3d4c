package org.pressdesk.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, added on first use so that a face nothing is set in is not embedded. Each is embedded
 * as a subset of the glyphs used.
 */
final class DocumentFonts {

    private final PDDocument document;
    private final FontSet faces;
    private final Map<FontStyle, PDType0Font> loaded = new EnumMap<>(FontStyle.class);

    DocumentFonts(PDDocument document, FontSet faces) {
        this.document = document;
        this.faces = faces;
    }

    /** The width of text the face can draw, in points. */
    float width(FontStyle style, String text, float size) {
        return faces.face(style).width(text, size);
    }

    PDType0Font font(FontStyle style) throws IOException {
        PDType0Font font = loaded.get(style);
        if (font == null) {
            font = PDType0Font.load(document, faces.face(style).font(), true);
            loaded.put(style, font);
        }
        return font;
    }
}
