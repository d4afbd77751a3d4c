package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.publication.PublicationFixture;

/**
 * Whatever the markup, the letterhead layout, the logo, the reference and the embargo notice, every glyph lies
 * inside 20 mm margins, and a list item's bullet or number too.
 */
class PublicationMarginsTest {
    private static final float MARGIN = 20 * 72f / 25.4f;
    private static final float TOLERANCE = 0.5f;
    private static final CommuniquePdfWriter WRITER = new CommuniquePdfWriter();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void keepsEveryGlyphOfMarkedUpTextInsideTheMargins(long seed) throws Exception {
        Random random = new Random(seed);
        PdfContent.Letterhead letterhead = new PdfContent.Letterhead(words(random, 6), words(random, 10),
                words(random, 30), words(random, 20), words(random, 25), words(random, 12), words(random, 30),
                random.nextBoolean() ? HeaderLayout.CENTERED : HeaderLayout.TWO_COLUMN, PublicationFixture.logo());
        PdfContent.Publication publication = new PdfContent.Publication(BodyFormat.MARKDOWN,
                "N° 2026-" + random.nextInt(999) + "/" + words(random, 3), words(random, 14), random.nextBoolean(),
                random.nextBoolean() ? "FIN" : words(random, 4), random.nextBoolean());
        PdfContent content = new PdfContent(letterhead, words(random, 6), words(random, 30), words(random, 8),
                markdown(random), words(random, 5), "Page {0} sur {1}", random.nextBoolean() ? "PROJET" : null,
                SampleCommuniques.metadata("Essai"), publication);
        try (PDDocument document = Pdfs.open(WRITER.toBytes(content))) {
            List<PositionCollector.Glyph> glyphs = PositionCollector.collect(document);
            assertThat(glyphs).hasSizeGreaterThan(3000);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(glyphs).filteredOn(g -> g.size() < 40).allSatisfy(glyph -> inside(glyph, page));
        }
    }

    private static void inside(PositionCollector.Glyph glyph, PDRectangle page) {
        String where = "'" + glyph.unicode() + "' page " + glyph.page() + " at " + glyph.x() + ", " + glyph.baseline();
        assertThat(glyph.x()).as(where).isGreaterThanOrEqualTo(MARGIN - TOLERANCE);
        assertThat(glyph.x() + glyph.width()).as(where).isLessThanOrEqualTo(page.getWidth() - MARGIN + TOLERANCE);
        assertThat(glyph.baseline() - 0.95f * glyph.size()).as(where).isGreaterThanOrEqualTo(MARGIN - TOLERANCE);
        assertThat(glyph.baseline() + 0.25f * glyph.size()).as(where)
                .isLessThanOrEqualTo(page.getHeight() - MARGIN + TOLERANCE);
    }

    /** Paragraphs, nested lists, quotations, bold and italic around long words and URLs. */
    private static String markdown(Random random) {
        StringBuilder body = new StringBuilder();
        for (int block = 0; block < 40; block++) {
            switch (random.nextInt(5)) {
                case 0 -> body.append("- ").append(words(random, 30)).append("\n  - ").append(words(random, 20));
                case 1 -> body.append(1 + random.nextInt(99)).append(". ").append(words(random, 40));
                case 2 -> body.append("> ").append(words(random, 50)).append("\n> > ").append(words(random, 9));
                default -> body.append(words(random, 20 + random.nextInt(100)));
            }
            body.append(random.nextBoolean() ? "\n\n" : "\n");
        }
        return body.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(24);
            String word = switch (kind) {
                case 0 -> "W".repeat(30 + random.nextInt(300));
                case 1 -> "https://www.diplomatie.gouv.ml/" + "chemin/".repeat(5 + random.nextInt(30)) + "?id=42";
                case 2 -> "« citation » : 29 € ;";
                case 3 -> "**" + randomWord(random) + " " + randomWord(random) + "**";
                case 4 -> "*" + "I".repeat(20 + random.nextInt(200)) + "*";
                case 5 -> "***" + randomWord(random) + "***";
                default -> randomWord(random);
            };
            text.append(word).append(' ');
        }
        return text.toString();
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
