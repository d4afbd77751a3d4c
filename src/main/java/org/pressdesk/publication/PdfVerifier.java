package org.pressdesk.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.pressdesk.domain.AnchorText;
import org.pressdesk.domain.AuditAnchor;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Revision;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.pdf.PdfIdentifiers;
import org.pressdesk.pdf.SignedPdf;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.signing.ChainAnchors;
import org.pressdesk.signing.CmsVerifier;
import org.pressdesk.workflow.ReviewService;

/**
 * "Vérifier un PDF": checks a communiqué PDF's last signature (valid, by a certificate of one of this database's
 * offices, covering the whole file) and compares its visible text with the revision it names, which must be the
 * approved one.
 */
public final class PdfVerifier {
    private final CommuniqueService communiques;
    private final ReviewService reviews;
    private final CertificateService certificates;
    private final ChainAnchors anchors;

    public PdfVerifier(CommuniqueService communiques, ReviewService reviews, CertificateService certificates,
            ChainAnchors anchors) {
        this.anchors = anchors;
        this.communiques = communiques;
        this.reviews = reviews;
        this.certificates = certificates;
    }

    public VerificationReport verify(Path file) {
        byte[] bytes = read(file);
        try (SignedPdf document = SignedPdf.open(bytes)) {
            SignedPdf.Signature signature = document.lastSignature()
                    .orElseThrow(() -> new PressDeskException("verify.unsigned", file.getFileName()));
            CmsVerifier.Result check = CmsVerifier.verify(signature.cms(), signature.signedContent());
            boolean known = certificates.known(check.signerSha256()).isPresent();
            return compare(document, new VerificationReport(check.signerName(), signature.claimedAt(),
                    check.intact(), known, check.intact() && signature.wholeFile(),
                    VerificationReport.TextMatch.UNKNOWN, "", 0, "", anchor(document)));
        } catch (IOException e) {
            throw new PressDeskException(e, "verify.notPdf", file.getFileName());
        }
    }

    private VerificationReport compare(SignedPdf document, VerificationReport signature) throws IOException {
        Optional<Communique> communique = find(document.identifier(PdfIdentifiers.UUID));
        int number = parse(document.identifier(PdfIdentifiers.REVISION));
        Optional<Revision> revision = communique.flatMap(c -> communiques.revisions(c.id()).stream()
                .filter(r -> r.number() == number).findFirst());
        if (revision.isEmpty()) {
            return signature;
        }
        Revision named = revision.get();
        boolean approved = reviews.approvals(named.communiqueId()).stream()
                .anyMatch(a -> a.revisionId() == named.id());
        boolean sameHash = named.contentSha256().equals(document.identifier(PdfIdentifiers.SHA256));
        VerificationReport.TextMatch text = !approved || !sameHash ? VerificationReport.TextMatch.NOT_APPROVED
                : document.showsText(named.content()) ? VerificationReport.TextMatch.MATCHES
                : VerificationReport.TextMatch.DIFFERS;
        Communique found = communique.get();
        return new VerificationReport(signature.signerName(), signature.signedAt(), signature.signatureValid(),
                signature.certificateKnown(), signature.unchanged(), text, named.content().title(), number,
                found.reference() == null ? "" : found.reference(), signature.anchor());
    }

    /** The audit anchor the file carries, checked against this database's certificates and audit trail. */
    private VerificationReport.AnchorMatch anchor(SignedPdf document) {
        Optional<AuditAnchor> carried = AnchorText.read(document.identifier(PdfIdentifiers.AUDIT_ANCHOR), "pdf");
        if (carried.isEmpty()) {
            return VerificationReport.AnchorMatch.NONE;
        }
        if (!anchors.valid(carried.get())) {
            return VerificationReport.AnchorMatch.INVALID;
        }
        return anchors.held(carried.get()) ? VerificationReport.AnchorMatch.HELD
                : VerificationReport.AnchorMatch.REWRITTEN;
    }

    private Optional<Communique> find(String uuid) {
        if (uuid == null || uuid.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(communiques.resolve(uuid));
        } catch (PressDeskException e) {
            return Optional.empty();
        }
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A published communiqué is a few hundred kilobytes; a file past this is not one of ours. */
    private static final long MAX_PDF_BYTES = 256L * 1024 * 1024;

    private static byte[] read(Path file) {
        byte[] bytes;
        try {
            bytes = org.pressdesk.domain.BoundedRead.readAtMost(file, MAX_PDF_BYTES);
        } catch (org.pressdesk.domain.BoundedRead.TooLarge e) {
            throw new PressDeskException("verify.notPdf", file.getFileName());
        } catch (NoSuchFileException e) {
            throw new PressDeskException(e, "verify.missing", file);
        } catch (IOException e) {
            throw new PressDeskException(e, "verify.unreadable", file, String.valueOf(e.getMessage()));
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new PressDeskException("verify.notPdf", file.getFileName());
        }
        return bytes;
    }
}
