package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommuniquePdfWriterTest {

    private static final CommuniquePdfWriter WRITER = new CommuniquePdfWriter();

    @Test
    void writesTheCommuniqueInReadingOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("communique.pdf");
        PdfResult result;
        try (OutputStream out = Files.newOutputStream(file)) {
            result = WRITER.write(SampleCommuniques.onePage(), out);
        }
        assertThat(result.pageCount()).isEqualTo(1);
        assertThat(result.hasReplacements()).isFalse();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = Pdfs.text(document).replaceAll("\\s+", " ");
            List<String> expectedInOrder = new ArrayList<>(List.of("MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
                    "BUREAU DE L’INFORMATION ET DE LA PRESSE", "RÉPUBLIQUE DU MALI",
                    "Un Peuple – Un But – Une Foi", "COMMUNIQUÉ DE PRESSE", SampleCommuniques.TITLE,
                    SampleCommuniques.PLACE_DATE));
            expectedInOrder.addAll(SampleCommuniques.PARAGRAPHS);
            expectedInOrder.addAll(List.of(SampleCommuniques.SIGNATURE, "Koulouba, BP 234",
                    "www.diplomatie.gouv.ml", "Page 1 sur 1"));
            assertInOrder(text, expectedInOrder);
        }
    }

    @Test
    void embedsEveryFontAsASubset() throws Exception {
        try (PDDocument document = Pdfs.open(WRITER.toBytes(SampleCommuniques.withBody("Texte.", "PROJET")))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).hasSizeGreaterThanOrEqualTo(3);
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
            });
        }
    }

    @Test
    void fillsPagesWithALongBodyAndNumbersEveryPage() throws Exception {
        String body = SampleCommuniques.randomFrench(42, 200_000);
        RenderedPdf pdf = WRITER.toBytes(SampleCommuniques.withBody(body, null));
        int pages = pdf.result().pageCount();
        assertThat(pages).isGreaterThan(30);
        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            for (int page = 1; page <= pages; page++) {
                String text = Pdfs.pageText(document, page);
                assertThat(text).contains("Page " + page + " sur " + pages);
                if (page > 1) {
                    assertThat(text).as("running header of page %d", page)
                            .contains("BUREAU DE L’INFORMATION ET DE LA PRESSE").contains("Audience accordée");
                }
            }
            String all = Pdfs.text(document).replaceAll("\\s+", " ");
            assertInOrder(all, List.of(body.split("\\s+")));
            String last = Pdfs.pageText(document, pages);
            assertThat(last).contains(SampleCommuniques.SIGNATURE);
            assertThat(last.indexOf(SampleCommuniques.SIGNATURE)).as("body text before the signature")
                    .isGreaterThan(last.indexOf("Audience accordée") + 100);
        }
    }

    @Test
    void neverStartsALineWithPunctuationThatFrenchKeepsWithThePreviousWord() throws Exception {
        String body = SampleCommuniques.randomFrench(7, 40_000);
        assertThat(body.split(" [:;!?»€%]", -1).length).as("the text is full of cases").isGreaterThan(1000);
        try (PDDocument document = Pdfs.open(WRITER.toBytes(SampleCommuniques.withBody(body, null)))) {
            String[] lines = Pdfs.lines(document);
            assertThat(lines.length).isGreaterThan(400);
            for (String line : lines) {
                String trimmed = line.replaceAll("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$", "");
                assertThat(trimmed).as("line: %s", line)
                        .doesNotStartWith(":").doesNotStartWith(";").doesNotStartWith("!").doesNotStartWith("?")
                        .doesNotStartWith("»").doesNotStartWith("€").doesNotStartWith("%").doesNotEndWith("«");
            }
        }
    }

    @Test
    void replacesCharactersTheFontLacksAndReportsThem() throws Exception {
        String body = "Délégation de Pékin 北京 😀 arrivée\u0007 le\tjeudi.\r\nDeuxième ligne\rTroisième.";
        PdfContent content = new PdfContent(SampleCommuniques.maliLetterhead(), "COMMUNIQUÉ", "Visite 中国",
                "Bamako", body, "BIP", "Page {0} sur {1}", null, SampleCommuniques.metadata("Visite"));
        RenderedPdf pdf = WRITER.toBytes(content);
        assertThat(pdf.result().replacedCodePoints()).containsExactly(0x4E2D, 0x4EAC, 0x5317, 0x56FD, 0x1F600);
        try (PDDocument document = Pdfs.open(pdf)) {
            String text = Pdfs.text(document);
            assertThat(text).contains("Visite □□", "Pékin □□ □ arrivée le jeudi.", "Deuxième ligne", "Troisième.");
            assertThat(text).doesNotContain("\u0007", "\t", "北", "😀");
        }
    }

    @Test
    void printsTheWatermarkTranslucentOnEveryPageOnlyWhenAsked() throws Exception {
        String body = SampleCommuniques.randomFrench(3, 12_000);
        try (PDDocument marked = Pdfs.open(WRITER.toBytes(SampleCommuniques.withBody(body, "PROJET")))) {
            assertThat(marked.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= marked.getNumberOfPages(); page++) {
                assertThat(Pdfs.pageText(marked, page).replaceAll("\\s", "")).contains("PROJET");
                assertThat(translucentStates(marked.getPage(page - 1))).isPositive();
            }
        }
        try (PDDocument plain = Pdfs.open(WRITER.toBytes(SampleCommuniques.withBody(body, null)))) {
            assertThat(Pdfs.text(plain).replaceAll("\\s", "")).doesNotContain("PROJET");
            assertThat(translucentStates(plain.getPage(0))).isZero();
        }
    }

    @Test
    void exportsConcurrentlyWithOneWriter() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RenderedPdf>> exports = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                exports.add(pool.submit(() -> WRITER.toBytes(SampleCommuniques.pages(3))));
            }
            String expected = null;
            for (Future<RenderedPdf> export : exports) {
                try (PDDocument document = Pdfs.open(export.get())) {
                    String text = Pdfs.text(document);
                    expected = expected == null ? text : expected;
                    assertThat(text).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void leavesOutBlankFieldsWithoutFailing() throws Exception {
        PdfContent.Letterhead letterhead = new PdfContent.Letterhead(" ", null, "", "Bureau de presse", null, null,
                null);
        PdfContent content = new PdfContent(letterhead, null, "", null, "Un seul paragraphe.", null, null, null,
                null);
        RenderedPdf pdf = WRITER.toBytes(content);
        assertThat(pdf.result().pageCount()).isEqualTo(1);
        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(Pdfs.text(document).strip().replaceAll("\\s*\\R\\s*", "\n"))
                    .isEqualTo("Bureau de presse\nUn seul paragraphe.\n1/1");
        }
    }

    private static long translucentStates(PDPage page) {
        List<PDExtendedGraphicsState> states = new ArrayList<>();
        for (COSName name : page.getResources().getExtGStateNames()) {
            states.add(page.getResources().getExtGState(name));
        }
        return states.stream().filter(s -> s.getNonStrokingAlphaConstant() != null)
                .filter(s -> s.getNonStrokingAlphaConstant() < 1f).count();
    }

    /** Asserts that each expected piece occurs in {@code text} after the previous one. */
    static void assertInOrder(String text, List<String> expected) {
        int from = 0;
        for (String piece : expected) {
            int at = text.indexOf(Pdfs.plain(piece), from);
            assertThat(at).as("'%s' after position %d", piece, from).isGreaterThanOrEqualTo(0);
            from = at + piece.length();
        }
    }
}
