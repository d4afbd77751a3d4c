package org.pressdesk.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders pages of a PDF to images for a live preview. Stateless and thread-safe; call it off the UI thread, since
 * rendering a page takes tens of milliseconds.
 */
public final class PagePreview {

    /**
     * One rendered page.
     *
     * @param image the page as an RGB image
     * @param pageIndex which page, from 0
     * @param pageCount how many pages the document has
     */
    public record Page(BufferedImage image, int pageIndex, int pageCount) {
    }

    /**
     * Renders page {@code pageIndex} (from 0) of {@code pdf} at {@code dpi} dots per inch (72 gives one pixel per
     * point; 96 is a screen's 100 %). A page beyond the end gives the last page, one before the start the first: a
     * preview asked for page 3 of a text that just shrank to two pages shows page 2.
     *
     * @throws IOException if the bytes are not a readable PDF
     */
    public Page render(byte[] pdf, int pageIndex, float dpi) throws IOException {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pageCount = document.getNumberOfPages();
            int page = Math.max(0, Math.min(pageIndex, pageCount - 1));
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
            return new Page(image, page, pageCount);
        }
    }

    /** The number of pages of {@code pdf}. */
    public int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
