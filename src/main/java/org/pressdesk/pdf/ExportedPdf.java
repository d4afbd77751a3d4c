package org.pressdesk.pdf;

import java.nio.file.Path;

/** A PDF written to disk for one communiqué. */
public record ExportedPdf(long communiqueId, Path file, PdfResult result) {
}
