package org.pressdesk.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample communiqué to a file, to look at it as a reader would (e.g. {@code pdftoppm -png -r 60}).
 * Arguments: the output file, then optionally the number of body pages and a watermark.
 */
public final class WriteSampleCommunique {

    private WriteSampleCommunique() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/sample-communique.pdf");
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String watermark = args.length > 2 ? args[2] : null;
        PdfContent sample = pages > 0 ? SampleCommuniques.pages(pages) : SampleCommuniques.onePage();
        RenderedPdf pdf = new CommuniquePdfWriter().toBytes(SampleCommuniques.withBody(sample.body(), watermark));
        Files.write(file, pdf.bytes());
        System.out.println(file + ": " + pdf.result());
    }
}
