package org.pressdesk.pdf;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.pressdesk.domain.CommuniqueContent;

/**
 * Compares a PDF's visible text with a revision. Only the letters and digits are compared, in order, so that line
 * breaks, justification, no-break spaces and list bullets do not matter; the page furniture (running header,
 * footer, page numbers, all under 9 points) and the diagonal watermark are left out, so the body reads as one text
 * across pages. Letters outside Latin, Greek and Cyrillic are skipped on both sides: the fonts print them as "□".
 */
final class VisibleText {
    private static final float MIN_SIZE = 9f;
    private static final float MAX_SIZE = 40f;
    private static final int LAST_COMPARED = 0x052F;

    private VisibleText() {
    }

    static boolean matches(PDDocument document, CommuniqueContent content) throws IOException {
        String shown = letters(new BodyStripper().getText(document));
        String title = letters(content.title());
        StringBuilder body = new StringBuilder();
        for (BodyBlock block : BodyMarkup.parse(content.body(), content.bodyFormat())) {
            body.append(block.marker()).append(block.text());
        }
        String bodyLetters = letters(body.toString());
        int at = shown.indexOf(title);
        return at >= 0 && shown.indexOf(bodyLetters, at + title.length()) >= 0;
    }

    static String letters(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().filter(cp -> cp <= LAST_COMPARED && Character.isLetterOrDigit(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The text set at body sizes on horizontal lines. */
    private static final class BodyStripper extends PDFTextStripper {
        BodyStripper() {
            setSortByPosition(true);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            float size = text.getFontSizeInPt();
            boolean horizontal = Math.abs(text.getTextMatrix().getShearY()) < 0.001f;
            if (horizontal && size >= MIN_SIZE && size <= MAX_SIZE) {
                super.processTextPosition(text);
            }
        }
    }
}
