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
import org.pressdesk.signing.CmsSigner;
import org.pressdesk.signing.SigningKey;

/**
 * Signs a finished PDF: an invisible signature field (printable, as PDF/A wants of every annotation), a signature
 * dictionary adbe.pkcs7.detached with the claimed signing time, and a CMS signature from {@link CmsSigner}, written
 * as an incremental update so the signed file still is the PDF/A file it was.
 */
public final class PdfSigner {
    private static final int BASE_SIGNATURE_SIZE = 9_472;

    private PdfSigner() {
    }

    /** Writes {@code pdf} signed with {@code key} to {@code out}. */
    public static void sign(byte[] pdf, SigningKey key, Instant at, String reason, String location,
            OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(key.signerName());
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(calendar(at));
            options.setPreferredSignatureSize(BASE_SIGNATURE_SIZE + 2 * chainSize(key));
            document.addSignature(signature, content -> CmsSigner.sign(content.readAllBytes(), key), options);
            for (PDSignatureField field : document.getSignatureFields()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                }
            }
            document.saveIncremental(out);
        }
    }

    private static int chainSize(SigningKey key) {
        int size = 0;
        try {
            for (var certificate : key.chain()) {
                size += certificate.getEncoded().length;
            }
        } catch (java.security.cert.CertificateEncodingException e) {
            size += 8_192;
        }
        return size;
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
