package org.pressdesk.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.ExchangeRepository;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.RevisionRepository;

/**
 * Communiqués that two installations changed apart. Both revisions stay; a manager keeps one or writes a merged
 * text, which becomes a new revision after both, so that every installation that receives it sees the conflict
 * settled. A text that was approved, in review or published comes back as a draft that needs review; the approved
 * revision itself is never touched.
 */
public final class ConflictService {
    private final Database database;
    private final ExchangeRepository rows;
    private final CommuniqueRepository communiques;
    private final RevisionRepository revisions;
    private final OfficeRepository offices;
    private final AuditTrail audit;
    private final Clock clock;

    public ConflictService(Database database, ExchangeRepository rows, CommuniqueRepository communiques,
            RevisionRepository revisions, OfficeRepository offices, AuditTrail audit, Clock clock) {
        this.database = database;
        this.rows = rows;
        this.communiques = communiques;
        this.revisions = revisions;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** One conflict: the revision shown here and the other side's. */
    public record Open(Communique communique, Revision local, Revision remote, Instant detectedAt) {
    }

    public List<Open> conflicts() {
        List<Open> open = new ArrayList<>();
        for (ExchangeRepository.Conflict c : rows.conflicts()) {
            open.add(new Open(communiques.findById(c.communiqueId()).orElseThrow(),
                    revisions.findById(c.localRevisionId()).orElseThrow(),
                    revisions.findById(c.remoteRevisionId()).orElseThrow(), c.detectedAt()));
        }
        return open;
    }

    public boolean inConflict(long communiqueId) {
        return rows.conflict(communiqueId).isPresent();
    }

    /** The communiqués in conflict, in one query (for listing them all). */
    public java.util.Set<Long> inConflict() {
        return rows.conflictedIds();
    }

    /** Keeps one of the two revisions: its text becomes the communiqué's next revision. */
    public Communique keep(UserAccount actor, long communiqueId, UUID revisionUuid) {
        ExportService.requireManager(actor);
        return database.inTransaction(() -> {
            Open open = open(communiqueId);
            Revision kept = open.local().uuid().equals(revisionUuid) ? open.local()
                    : open.remote().uuid().equals(revisionUuid) ? open.remote() : null;
            if (kept == null) {
                throw new PressDeskException("exchange.conflict.notARevision", revisionUuid, communiqueId);
            }
            return settle(actor, open.communique(), kept.content(), "kept=" + revisionUuid);
        });
    }

    /** Writes a text merged by hand as the communiqué's next revision. */
    public Communique merge(UserAccount actor, long communiqueId, CommuniqueContent merged) {
        ExportService.requireManager(actor);
        CommuniqueContent clean = merged.normalized();
        if (!clean.problems().isEmpty()) {
            throw new org.pressdesk.domain.ValidationException(clean.problems());
        }
        return database.inTransaction(() -> settle(actor, open(communiqueId).communique(), clean, "merged"));
    }

    private Open open(long communiqueId) {
        return conflicts().stream().filter(o -> o.communique().id() == communiqueId).findFirst()
                .orElseThrow(() -> new NotFoundException("exchange.conflict.none", communiqueId));
    }

    private Communique settle(UserAccount actor, Communique current, CommuniqueContent content, String how) {
        Instant now = clock.instant();
        String code = offices.findById(content.officeId()).orElseThrow().code();
        int number = current.revision() + 1;
        long revisionId = revisions.insert(UUID.randomUUID(), current.id(), number, content,
                ContentHash.of(content, code), actor.id(), now);
        if (!communiques.updateContent(current.id(), current.version(), content, code, number, revisionId,
                actor.id(), now)) {
            throw new ConflictException(communiques.findById(current.id()).orElseThrow());
        }
        Status status = current.status();
        if (status == Status.IN_REVIEW || status == Status.APPROVED || status == Status.PUBLISHED) {
            communiques.updateStatus(current.id(), current.version() + 1, Status.DRAFT, current.approvedRevisionId(),
                    actor.id(), now);
        }
        rows.clearConflict(current.id());
        audit.record(actor, AuditKind.CONFLICT_RESOLVED, current.id(), how + " revision=" + number);
        return communiques.findById(current.id()).orElseThrow();
    }
}
