package org.pressdesk.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A word such as "PROJET" printed large and light along the diagonal of the text area, over the text but
 * translucent so the text stays readable. It is sized to stay inside the margins whatever its length.
 */
final class WatermarkPainter {

    private static final FontStyle FONT = FontStyle.BOLD;
    private static final float ALPHA = 0.22f;
    private static final float GREY = 0.35f;
    private static final float MAX_SIZE = 120f;
    private static final float ASCENT = 0.9f;
    private static final float DESCENT = 0.22f;
    private static final float SAFETY = 0.9f;

    private final DocumentFonts fonts;
    private final String word;
    private final float wordWidthPerPoint;
    private final PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();

    /** @param word the prepared watermark text, on one line */
    WatermarkPainter(DocumentFonts fonts, String word, FontFace face) {
        this.fonts = fonts;
        this.word = word;
        this.wordWidthPerPoint = face.width(word, 1f);
        translucent.setNonStrokingAlphaConstant(ALPHA);
    }

    void paint(PDPageContentStream stream) throws IOException {
        if (word.isEmpty() || wordWidthPerPoint <= 0) {
            return;
        }
        double angle = Math.atan2(Paper.CONTENT_HEIGHT, Paper.CONTENT_WIDTH);
        float size = size(angle);
        float centreX = Paper.LEFT + Paper.CONTENT_WIDTH / 2;
        float centreY = Paper.BOTTOM + Paper.CONTENT_HEIGHT / 2;
        Matrix matrix = Matrix.getTranslateInstance(centreX, centreY);
        matrix.concatenate(Matrix.getRotateInstance(angle, 0, 0));
        matrix.concatenate(Matrix.getTranslateInstance(
                -wordWidthPerPoint * size / 2, -(ASCENT - DESCENT) * size / 2));
        stream.saveGraphicsState();
        stream.setGraphicsStateParameters(translucent);
        stream.setNonStrokingColor(GREY);
        stream.beginText();
        stream.setFont(fonts.font(FONT), size);
        stream.setTextMatrix(matrix);
        stream.showText(word);
        stream.endText();
        stream.restoreGraphicsState();
    }

    /** The largest size at which the rotated word's bounding box fits the text area, capped. */
    private float size(double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double height = ASCENT + DESCENT;
        double byWidth = Paper.CONTENT_WIDTH / (wordWidthPerPoint * cos + height * sin);
        double byHeight = Paper.CONTENT_HEIGHT / (wordWidthPerPoint * sin + height * cos);
        return (float) Math.min(MAX_SIZE, Math.min(byWidth, byHeight) * SAFETY);
    }

    static FontStyle font() {
        return FONT;
    }
}
