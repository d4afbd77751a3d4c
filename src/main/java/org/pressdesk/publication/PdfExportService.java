package org.pressdesk.publication;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AnchorText;
import org.pressdesk.domain.Approval;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.office.OfficeService;
import org.pressdesk.pdf.CommuniquePdfWriter;
import org.pressdesk.pdf.FileNames;
import org.pressdesk.pdf.PdfContent;
import org.pressdesk.pdf.PdfContentFactory;
import org.pressdesk.pdf.PdfIdentifiers;
import org.pressdesk.pdf.PdfResult;
import org.pressdesk.pdf.PdfSigner;
import org.pressdesk.pdf.RenderedPdf;
import org.pressdesk.signing.CertificateService;
import org.pressdesk.signing.ChainAnchors;
import org.pressdesk.signing.SigningKey;
import org.pressdesk.workflow.ReviewService;

/**
 * Exports communiqués as PDF files, written to a temporary file and moved into place when complete; the audit
 * trail records each export that succeeded. The approved revision, when there is one, is what exports, as PDF/A-2b;
 * anything else carries the draft watermark. A published (or archived) text is signed with its office's key, which
 * must be unlocked first ({@link org.pressdesk.signing.SigningLockedException} otherwise).
 */
public final class PdfExportService {
    private final CommuniqueService communiques;
    private final ReviewService reviews;
    private final OfficeService offices;
    private final CommuniquePdfWriter writer;
    private final PdfContentFactory contents;
    private final CertificateService certificates;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChainAnchors anchors;

    public PdfExportService(CommuniqueService communiques, ReviewService reviews, OfficeService offices,
            CommuniquePdfWriter writer, PdfContentFactory contents, CertificateService certificates,
            AuditTrail audit, Clock clock, ChainAnchors anchors) {
        this.anchors = anchors;
        this.communiques = communiques;
        this.reviews = reviews;
        this.offices = offices;
        this.writer = writer;
        this.contents = contents;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Exports the communiqués to {@code directory}, in order; stops at the first failure. */
    public List<ExportedPdf> export(UserAccount actor, List<Long> ids, Path directory) {
        return export(actor, ids, directory, Cancellation.none());
    }

    /**
     * Exports the communiqués to {@code directory}, in order, each under a name of its own; stops at the first
     * failure, and before the next item once {@code cancellation} is cancelled (what is written stays).
     */
    public List<ExportedPdf> export(UserAccount actor, List<Long> ids, Path directory, Cancellation cancellation) {
        PdfBatch batch = batch(AtomicFiles.directory(directory), cancellation);
        List<ExportedPdf> done = new ArrayList<>();
        for (long id : ids) {
            if (batch.isCancelled()) {
                break;
            }
            done.add(batch.export(actor, id));
        }
        return done;
    }

    /**
     * A batch into {@code directory} that a front end exports item by item (with progress, a pause when a signing
     * key is locked, a cancel between items); the batch keeps its file names unique and carries the cancel token.
     */
    public PdfBatch batch(Path directory, Cancellation cancellation) {
        return new PdfBatch(this, directory, cancellation);
    }

    /** One item of {@code batch}, under a name the batch has not given yet. */
    ExportedPdf exportInto(UserAccount actor, long id, Path directory, PdfBatch batch) {
        Path target = AtomicFiles.directory(directory);
        Communique communique = communiques.get(id);
        String name = batch.take(fileName(communique, exportedRevision(communique).content()));
        try {
            return exportOne(actor, communique, target.resolve(name));
        } catch (RuntimeException e) {
            batch.release(name);
            throw e;
        }
    }

    public ExportedPdf export(UserAccount actor, long id, Path directory) {
        return export(actor, List.of(id), directory).get(0);
    }

    /** Exports one communiqué to exactly {@code file}, e.g. a name chosen in a save dialog. */
    public ExportedPdf exportTo(UserAccount actor, long id, Path file) {
        Path target = file.toAbsolutePath().normalize();
        AtomicFiles.directory(target.getParent());
        return exportOne(actor, communiques.get(id), target);
    }

    /** The name a communiqué's PDF gets by default: date, reference and a slug of the title. */
    public String suggestedFileName(long id) {
        Communique communique = communiques.get(id);
        return fileName(communique, exportedRevision(communique).content());
    }

    /** The PDF of text being edited, for the preview: nothing is written to disk or to the audit trail. */
    public byte[] preview(CommuniqueContent content, boolean draft) {
        return preview(content, "", draft);
    }

    /** The same, with the reference the communiqué exports with ("" for none), as its export shows it. */
    public byte[] preview(CommuniqueContent content, String reference, boolean draft) {
        Office office = offices.find(content.officeId()).or(offices::defaultOffice)
                .orElseThrow(() -> new NotFoundException("office.notFound", content.officeId()));
        return preview(content, office, reference, draft);
    }

    /** The PDF of text on an office's paper as it stands (a letterhead being edited, say). */
    public byte[] preview(CommuniqueContent content, Office office, boolean draft) {
        return preview(content, office, "", draft);
    }

    private byte[] preview(CommuniqueContent content, Office office, String reference, boolean draft) {
        return new LetterheadProof(writer, contents, clock).draw(content, office, reference, draft);
    }

    private ExportedPdf exportOne(UserAccount actor, Communique communique, Path file) {
        Revision revision = exportedRevision(communique);
        CommuniqueContent content = revision.content();
        Office office = offices.find(content.officeId()).orElseThrow();
        Optional<Approval> approval = reviews.currentApproval(communique);
        // an archived text imported from before PressDesk was never approved here, yet it is no draft either
        boolean draft = approval.isEmpty() && communique.status() != Status.ARCHIVED;
        boolean signed = approval.isPresent()
                && (communique.status() == Status.PUBLISHED || communique.status() == Status.ARCHIVED);
        SigningKey key = signed ? certificates.signingKey(office) : null;
        Instant now = clock.instant();
        Map<String, String> custom = identifiers(communique, revision, approval);
        if (key != null) {
            custom.put(PdfIdentifiers.AUDIT_ANCHOR, AnchorText.write(anchors.anchor(key)));
        }
        PdfContent pdf = contents.create(content, office, new PdfContentFactory.Edition(
                communique.reference() == null ? "" : communique.reference(), draft, !draft), custom, now);
        PdfResult result = AtomicFiles.write(file, out -> {
            if (key == null) {
                return writer.write(pdf, out);
            }
            RenderedPdf rendered = writer.toBytes(pdf);
            PdfSigner.sign(rendered.bytes(), new KeySignature(key), now, "Publication", office.timeCity(), out);
            return rendered.result();
        });
        audit.record(actor, AuditKind.EXPORTED, communique.id(), "revision=" + revision.number() + " file="
                + file.getFileName() + (signed ? " signed" : ""));
        return new ExportedPdf(communique.id(), file, result, signed);
    }

    private static Map<String, String> identifiers(Communique communique, Revision revision,
            Optional<Approval> approval) {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put(PdfIdentifiers.UUID, communique.uuid().toString());
        custom.put(PdfIdentifiers.REVISION, Integer.toString(revision.number()));
        custom.put(PdfIdentifiers.SHA256, revision.contentSha256());
        if (communique.reference() != null) {
            custom.put(PdfIdentifiers.REFERENCE, communique.reference());
        }
        approval.ifPresent(a -> {
            custom.put("PressDesk-ApprovedBy", a.approverName());
            custom.put("PressDesk-ApprovedAt", a.approvedAt().toString());
        });
        return custom;
    }

    private Revision exportedRevision(Communique communique) {
        Long id = communique.approvedRevisionId() != null ? communique.approvedRevisionId()
                : communique.currentRevisionId();
        return communiques.revision(id).orElseThrow(() -> new NotFoundException("communique.notFound",
                communique.id()));
    }

    private static String fileName(Communique communique, CommuniqueContent content) {
        LocalDate date = content.eventDate() != null ? content.eventDate()
                : LocalDate.ofInstant(communique.created().at(), ZoneOffset.UTC);
        return FileNames.forCommunique(date, communique.reference(), content.title());
    }
}
