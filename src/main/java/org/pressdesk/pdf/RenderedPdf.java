package org.pressdesk.pdf;

/**
 * A communiqué exported to memory: the PDF file's bytes and what the export reported.
 *
 * @param bytes the complete PDF file
 * @param result its page count and the characters printed as a replacement mark
 */
public record RenderedPdf(byte[] bytes, PdfResult result) {
}
