package org.pressdesk.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Placeholder until the layout engine lands: one blank A4 page. */
public final class CommuniquePdfWriter {

    public PdfResult write(PdfContent content, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.getDocumentInformation().setTitle(content.title());
            document.save(out);
        }
        return new PdfResult(1, new TreeSet<>());
    }
}
