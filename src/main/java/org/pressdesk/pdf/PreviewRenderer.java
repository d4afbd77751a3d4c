package org.pressdesk.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a page of a PDF to pixels for the live preview: the preview shows the real exported page. */
public final class PreviewRenderer {

    /** Renders page {@code pageIndex} (clamped to the document) at {@code dpi} dots per inch. */
    public PreviewImage render(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            int page = Math.max(0, Math.min(pageIndex, pages - 1));
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
            return new PreviewImage(width, height, argb, page, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
