package org.pressdesk.publication;

import java.nio.file.Path;
import org.pressdesk.pdf.PdfResult;

/** A PDF written to disk for one communiqué; {@code signed} when it carries the office's signature. */
public record ExportedPdf(long communiqueId, Path file, PdfResult result, boolean signed) {

    public ExportedPdf(long communiqueId, Path file, PdfResult result) {
        this(communiqueId, file, result, false);
    }
}
