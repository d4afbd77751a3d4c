package org.pressdesk.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading back what the writer produced. */
final class Pdfs {

    private Pdfs() {
    }

    static PDDocument open(RenderedPdf pdf) throws IOException {
        return Loader.loadPDF(pdf.bytes());
    }

    /** The text in drawing order, with no-break spaces shown as ordinary spaces. */
    static String text(PDDocument document) throws IOException {
        return plain(new PDFTextStripper().getText(document));
    }

    /** The text of one page (from 1), in drawing order. */
    static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return plain(stripper.getText(document));
    }

    /** The visual lines of the document, top to bottom on each page. */
    static String[] lines(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document).split("\\R");
    }

    static String plain(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
