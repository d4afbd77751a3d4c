package org.pressdesk.pdf;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.pressdesk.domain.CommuniqueContent;

/**
 * A PDF opened to be checked: its last signature, the identifiers PressDesk wrote in its metadata
 * ({@link PdfIdentifiers}) and whether its visible text is a given content. Checking the signature itself and
 * finding the revision are the caller's business.
 */
public final class SignedPdf implements AutoCloseable {
    private final byte[] bytes;
    private final PDDocument document;

    private SignedPdf(byte[] bytes, PDDocument document) {
        this.bytes = bytes;
        this.document = document;
    }

    /** Opens the file's bytes; an {@link IOException} means they are not a PDF PDFBox can read. */
    public static SignedPdf open(byte[] bytes) throws IOException {
        return new SignedPdf(bytes, Loader.loadPDF(bytes));
    }

    /**
     * The last signature: its CMS bytes, the bytes it covers, whether it covers the whole file, and the signing
     * time it claims (null when it claims none).
     */
    public record Signature(byte[] cms, byte[] signedContent, boolean wholeFile, Instant claimedAt) {
    }

    public Optional<Signature> lastSignature() throws IOException {
        PDSignature signature = document.getLastSignatureDictionary();
        if (signature == null) {
            return Optional.empty();
        }
        int[] range = signature.getByteRange();
        boolean wholeFile = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == bytes.length;
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        return Optional.of(new Signature(signature.getContents(bytes), signature.getSignedContent(bytes), wholeFile,
                signedAt));
    }

    /** A value PressDesk wrote in the document information, e.g. {@link PdfIdentifiers#UUID}; null if absent. */
    public String identifier(String name) {
        return document.getDocumentInformation().getCustomMetadataValue(name);
    }

    /** Whether the pages show {@code content}'s text and nothing else. */
    public boolean showsText(CommuniqueContent content) throws IOException {
        return VisibleText.matches(document, content);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
