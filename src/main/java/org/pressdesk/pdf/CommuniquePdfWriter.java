package org.pressdesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a communiqué as an A4 PDF in the manner of a francophone ministry: the office's letterhead (two columns or
 * centred, with its logo), reference and release notice, centred genre heading and title, place and date,
 * justified body with bold, italic, lists and quotations, end mark, signature, "Page n sur N" on every page, an
 * optional diagonal watermark, Liberation fonts embedded as subsets, and document metadata; PDF/A-2b when the
 * content asks for an archival copy.
 *
 * <p>Build one and keep it: it reads and parses its fonts once, at the first export. It is thread-safe; concurrent
 * exports each borrow their own parsed fonts. A character the fonts cannot draw never fails an export: it is
 * printed as "□" and reported in {@link PdfResult#replacedCodePoints()}.
 *
 * <p>Page contents and fonts are Flate-compressed, but objects are not packed into object streams: that would
 * save about 3 KB on a one-page file and cost about 2 ms per export.
 */
public final class CommuniquePdfWriter {

    private final FontPool fonts = new FontPool();
    private final LogoImages logos = new LogoImages();

    /**
     * Writes {@code content} as a PDF to {@code out}, which is left open.
     *
     * @throws IOException if {@code out} cannot be written
     */
    public PdfResult write(PdfContent content, OutputStream out) throws IOException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(out, "out");
        FontSet faces = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            SortedSet<Integer> replaced = new TreeSet<>();
            GlyphGuard guard = new GlyphGuard(replaced);
            Typesetter setter = new Typesetter(faces, guard);
            List<PagePlan> plans = new CommuniqueLayout(setter, new RichSetter(faces, guard), logos).layout(content);
            draw(document, plans, faces, watermark(setter, content.watermark()));
            DocumentMetadata.apply(document, content.metadata(), content.title(), content.publication().archival());
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new PdfResult(plans.size(), Collections.unmodifiableSortedSet(replaced));
        } finally {
            fonts.giveBack(faces);
        }
    }

    /** Writes {@code content} to memory. */
    public RenderedPdf toBytes(PdfContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfResult result = write(content, out);
            return new RenderedPdf(out.toByteArray(), result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF in memory", e);
        }
    }

    private static String watermark(Typesetter setter, String watermark) {
        if (watermark == null) {
            return "";
        }
        return String.join(" ", TextCleaner.lines(setter.prepare(watermark, WatermarkPainter.font())));
    }

    private void draw(PDDocument document, List<PagePlan> plans, FontSet faces, String watermark)
            throws IOException {
        DocumentFonts fonts = new DocumentFonts(document, faces);
        PagePainter painter = new PagePainter(fonts, new DocumentImages(document, logos));
        WatermarkPainter marker = watermark.isEmpty() ? null
                : new WatermarkPainter(fonts, watermark, faces.face(WatermarkPainter.font()));
        for (PagePlan plan : plans) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
                painter.paint(contents, plan);
                if (marker != null) {
                    marker.paint(contents);
                }
            }
        }
    }
}
