package org.pressdesk.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signs a finished PDF: an invisible signature field (printable, as PDF/A wants of every annotation), a signature
 * dictionary adbe.pkcs7.detached with the claimed signing time, and a CMS signature from a {@link SignatureMaker},
 * written as an incremental update so the signed file still is the PDF/A file it was.
 */
public final class PdfSigner {
    private static final int BASE_SIGNATURE_SIZE = 9_472;

    private PdfSigner() {
    }

    /** Writes {@code pdf} signed by {@code signer} to {@code out}. */
    public static void sign(byte[] pdf, SignatureMaker signer, Instant at, String reason, String location,
            OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signer.signerName());
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(calendar(at));
            options.setPreferredSignatureSize(BASE_SIGNATURE_SIZE + 2 * signer.certificateBytes());
            document.addSignature(signature, content -> signer.sign(content.readAllBytes()), options);
            for (PDSignatureField field : document.getSignatureFields()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                }
            }
            document.saveIncremental(out);
        }
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
