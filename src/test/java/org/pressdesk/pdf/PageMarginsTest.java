package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the text, every glyph lies inside 20 mm margins on all four sides. */
class PageMarginsTest {

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 20 * MM;
    private static final float ASCENT = 0.95f;
    private static final float DESCENT = 0.25f;
    private static final float TOLERANCE = 0.5f;
    private static final CommuniquePdfWriter WRITER = new CommuniquePdfWriter();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void keepsEveryGlyphInsideTheMargins(long seed) throws Exception {
        Random random = new Random(seed);
        PdfContent content = new PdfContent(letterhead(random), words(random, 12), words(random, 40),
                words(random, 8), body(random), words(random, 6), "Page {0} sur {1}", null,
                SampleCommuniques.metadata("Essai"));
        try (PDDocument document = Pdfs.open(WRITER.toBytes(content))) {
            List<PositionCollector.Glyph> glyphs = PositionCollector.collect(document);
            assertThat(glyphs).hasSizeGreaterThan(5000);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(glyphs).allSatisfy(glyph -> assertInside(glyph, page));
        }
    }

    private static void assertInside(PositionCollector.Glyph glyph, PDRectangle page) {
        String where = "'" + glyph.unicode() + "' on page " + glyph.page() + " at " + glyph.x() + ", "
                + glyph.baseline();
        assertThat(glyph.x()).as(where).isGreaterThanOrEqualTo(MARGIN - TOLERANCE);
        assertThat(glyph.x() + glyph.width()).as(where).isLessThanOrEqualTo(page.getWidth() - MARGIN + TOLERANCE);
        assertThat(glyph.baseline() - ASCENT * glyph.size()).as(where).isGreaterThanOrEqualTo(MARGIN - TOLERANCE);
        assertThat(glyph.baseline() + DESCENT * glyph.size()).as(where)
                .isLessThanOrEqualTo(page.getHeight() - MARGIN + TOLERANCE);
    }

    private static PdfContent.Letterhead letterhead(Random random) {
        return new PdfContent.Letterhead(words(random, 6), words(random, 10), words(random, 30),
                words(random, 20), words(random, 25), url(random), words(random, 30));
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 40; paragraph++) {
            body.append(words(random, 20 + random.nextInt(120))).append(random.nextBoolean() ? "\n" : "\n\n");
        }
        return body.toString();
    }

    /** Words of every length, among them words far wider than a line and long URLs. */
    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                text.append("W".repeat(30 + random.nextInt(300)));
            } else if (kind == 1) {
                text.append(url(random));
            } else if (kind == 2) {
                text.append("« citation » : 29 € ;");
            } else {
                text.append(randomWord(random));
            }
            text.append(' ');
        }
        return text.toString();
    }

    private static String url(Random random) {
        StringBuilder url = new StringBuilder("https://www.diplomatie.gouv.ml");
        for (int i = 0; i < 3 + random.nextInt(12); i++) {
            url.append('/').append(randomWord(random));
        }
        return url.append("?id=").append(random.nextInt(100000)).toString();
    }

    private static String randomWord(Random random) {
        String letters = "abcdefghijklmnopqrstuvwxyzéèàçôMÉ";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(14); i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
