package org.pressdesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.Approval;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.drafting.OfficeService;
import org.pressdesk.workflow.ReviewService;

/**
 * Exports communiqués as PDF files. A file is written beside its destination and moved into place only when
 * complete, so an interrupted export never leaves half a PDF; the audit trail records each export that succeeded.
 * The approved revision, when there is one, is what exports; anything else carries the draft watermark.
 */
public final class PdfExportService {
    private final CommuniqueService communiques;
    private final ReviewService reviews;
    private final OfficeService offices;
    private final CommuniquePdfWriter writer;
    private final PdfContentFactory contents;
    private final AuditTrail audit;
    private final Clock clock;

    public PdfExportService(CommuniqueService communiques, ReviewService reviews, OfficeService offices,
            CommuniquePdfWriter writer, PdfContentFactory contents, AuditTrail audit, Clock clock) {
        this.communiques = communiques;
        this.reviews = reviews;
        this.offices = offices;
        this.writer = writer;
        this.contents = contents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Exports the communiqués to {@code directory}, in order; stops at the first failure. */
    public List<ExportedPdf> export(UserAccount actor, List<Long> ids, Path directory) {
        Path target = prepare(directory);
        Set<String> used = new HashSet<>();
        List<ExportedPdf> done = new ArrayList<>();
        for (long id : ids) {
            Communique communique = communiques.get(id);
            String name = uniqueName(fileName(communique, exportedRevision(communique).content()), used);
            done.add(exportOne(actor, communique, target.resolve(name)));
        }
        return done;
    }

    public ExportedPdf export(UserAccount actor, long id, Path directory) {
        return export(actor, List.of(id), directory).get(0);
    }

    /** Exports one communiqué to exactly {@code file}, e.g. a name chosen in a save dialog. */
    public ExportedPdf exportTo(UserAccount actor, long id, Path file) {
        Path target = file.toAbsolutePath().normalize();
        prepare(target.getParent());
        return exportOne(actor, communiques.get(id), target);
    }

    /** The name a communiqué's PDF gets by default. */
    public String suggestedFileName(long id) {
        Communique communique = communiques.get(id);
        return fileName(communique, exportedRevision(communique).content());
    }

    /** The PDF of text being edited, for the preview: nothing is written to disk or to the audit trail. */
    public byte[] preview(CommuniqueContent content, boolean draft) {
        Office office = offices.find(content.officeId()).or(offices::defaultOffice)
                .orElseThrow(() -> new NotFoundException("office.notFound", content.officeId()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.write(contents.create(content, office, draft, Map.of(), clock.instant()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private ExportedPdf exportOne(UserAccount actor, Communique communique, Path file) {
        Revision revision = exportedRevision(communique);
        CommuniqueContent content = revision.content();
        Office office = offices.find(content.officeId()).orElseThrow();
        Optional<Approval> approval = reviews.currentApproval(communique);
        boolean draft = approval.isEmpty();
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("PressDesk-UUID", communique.uuid().toString());
        custom.put("PressDesk-Revision", Integer.toString(revision.number()));
        custom.put("PressDesk-SHA256", revision.contentSha256());
        approval.ifPresent(a -> {
            custom.put("PressDesk-ApprovedBy", a.approverName());
            custom.put("PressDesk-ApprovedAt", a.approvedAt().toString());
        });
        PdfContent pdf = contents.create(content, office, draft, custom, clock.instant());
        PdfResult result = writeAtomically(pdf, file);
        audit.record(actor, AuditKind.EXPORTED, communique.id(),
                "revision=" + revision.number() + " file=" + file.getFileName());
        return new ExportedPdf(communique.id(), file, result);
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
        return FileNames.forCommunique(date, content.title());
    }

    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name.substring(0, name.length() - 4) + "-" + n + ".pdf";
        }
        return candidate;
    }

    private static Path prepare(Path directory) {
        Path target = directory.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new PressDeskException("export.notDirectory", target);
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new PressDeskException(e, "export.cannotWrite", target);
        }
        if (!Files.isWritable(target)) {
            throw new PressDeskException("export.cannotWrite", target);
        }
        return target;
    }

    private PdfResult writeAtomically(PdfContent pdf, Path file) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), ".pressdesk-", ".pdf.part");
            PdfResult result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = writer.write(pdf, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (AccessDeniedException e) {
            throw new PressDeskException(e, "export.cannotWrite", file.getParent());
        } catch (FileSystemException e) {
            throw new PressDeskException(e, "export.failed", file, e.getReason() == null ? "" : e.getReason());
        } catch (IOException e) {
            throw new PressDeskException(e, "export.failed", file, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is hidden and harmless; nothing more can be done
            }
        }
    }
}
