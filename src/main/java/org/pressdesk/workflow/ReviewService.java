package org.pressdesk.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.pressdesk.audit.Anchoring;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.Approval;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.ReviewComment;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.RuleViolationException;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.StatusChange;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.WorkflowAction;
import org.pressdesk.domain.WorkflowRules;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.store.CertificateRepository;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.Database;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.SettingsRepository;
import org.pressdesk.store.WorkflowRepository;

/**
 * The review workflow: submit, withdraw, request changes, approve, publish, archive and reopen ("Modifier"). Each
 * move is checked against {@link WorkflowRules} here, in the service, so every front end obeys the same rules; it
 * is recorded as a status change and in the audit trail. An approval records the exact revision and its SHA-256,
 * and gives the communiqué its reference at the first approval; publishing waits for the end of an embargo.
 */
public final class ReviewService {
    static final String FOUR_EYES_WAIVED = "workflow.fourEyesWaived";
    public static final int MAX_COMMENT_LENGTH = 10_000;

    private final Database database;
    private final CommuniqueService communiques;
    private final CommuniqueRepository communiqueRows;
    private final WorkflowRepository workflow;
    private final SettingsRepository settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final OfficeRepository officeRows;
    private final ReferenceNumbering numbering;
    private final CertificateRepository certificates;
    private final Anchoring anchoring;

    public ReviewService(Database database, CommuniqueService communiques, CommuniqueRepository communiqueRows,
            WorkflowRepository workflow, SettingsRepository settings, OfficeRepository officeRows,
            CertificateRepository certificates, ReferenceNumbering numbering, AuditTrail audit, Clock clock,
            Anchoring anchoring) {
        this.anchoring = anchoring;
        this.officeRows = officeRows;
        this.certificates = certificates;
        this.numbering = numbering;
        this.database = database;
        this.communiques = communiques;
        this.communiqueRows = communiqueRows;
        this.workflow = workflow;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public Communique submit(UserAccount actor, long id) {
        return move(actor, id, WorkflowAction.SUBMIT, null, null);
    }

    /** The author takes the communiqué back from review; an optional comment says why. */
    public Communique withdraw(UserAccount actor, long id, String comment) {
        return move(actor, id, WorkflowAction.WITHDRAW, ReviewComment.Kind.WITHDRAWAL, optional(comment));
    }

    /** A manager sends the communiqué back to its author; the comment saying what to change is required. */
    public Communique requestChanges(UserAccount actor, long id, String comment) {
        return move(actor, id, WorkflowAction.REQUEST_CHANGES, ReviewComment.Kind.CHANGE_REQUEST, required(comment));
    }

    /**
     * The manager approves the text; it gets its reference as the transaction commits (inside a caller's transaction,
     * at that transaction's end), and the communiqué returned is read after that.
     */
    public Communique approve(UserAccount actor, long id, String comment) {
        move(actor, id, WorkflowAction.APPROVE, ReviewComment.Kind.APPROVAL, optional(comment));
        return communiques.get(id);
    }

    public Communique publish(UserAccount actor, long id) {
        return move(actor, id, WorkflowAction.PUBLISH, null, null);
    }

    public Communique archive(UserAccount actor, long id) {
        return move(actor, id, WorkflowAction.ARCHIVE, null, null);
    }

    /** "Modifier": a frozen text goes back to draft for a new revision; the approved revision still exports. */
    public Communique reopen(UserAccount actor, long id) {
        return move(actor, id, WorkflowAction.REOPEN, null, null);
    }

    /**
     * Saves a change to a communiqué whatever its status ("Modifier" then save): an approved, published or archived
     * one goes back to draft first, and its approved revision keeps being the one that exports. One transaction:
     * the reopening, the new revision and its suggested tags.
     */
    public Communique edit(UserAccount actor, long id, UnaryOperator<CommuniqueContent> change) {
        return database.inTransaction(() -> {
            Communique current = communiques.get(id);
            if (current.status() != Status.DRAFT && current.status() != Status.IN_REVIEW) {
                current = reopen(actor, id);
            }
            return communiques.save(actor, current.id(), current.version(), change.apply(current.content()), null);
        });
    }

    public ReviewComment comment(UserAccount actor, long id, String text) {
        String body = required(text);
        return database.inTransaction(() -> {
            Communique current = communiques.get(id);
            long commentId = workflow.insertComment(id, ReviewComment.Kind.COMMENT, actor.id(), clock.instant(),
                    current.revision(), body);
            audit.record(actor, AuditKind.COMMENTED, id, "comment=" + commentId);
            return workflow.comments(id).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
        });
    }

    private Communique move(UserAccount actor, long id, WorkflowAction action, ReviewComment.Kind kind,
            String comment) {
        requireActive(actor);
        return database.inTransaction(() -> {
            Communique current = communiques.get(id);
            WorkflowRules.Facts facts = facts(actor, current);
            WorkflowRules.check(action, facts);
            Status to = WorkflowRules.target(action, current.status());
            Long approved = action == WorkflowAction.APPROVE ? current.currentRevisionId()
                    : current.approvedRevisionId();
            Instant now = clock.instant();
            if (action == WorkflowAction.PUBLISH) {
                refuseUnderEmbargo(current, now);
                refuseWithoutCertificate(current);
            }
            if (!communiqueRows.updateStatus(id, current.version(), to, approved, actor.id(), now)) {
                throw new ConflictException(communiques.get(id));
            }
            Long commentId = comment == null ? null
                    : workflow.insertComment(id, kind, actor.id(), now, current.revision(), comment);
            workflow.insertStatusChange(id, current.status(), to, action, actor.id(), now, current.revision(),
                    commentId);
            if (action == WorkflowAction.APPROVE) {
                recordApproval(actor, current, facts, now);
            }
            audit.recordAtCommit(actor, AuditKind.TRANSITION, id, "action=" + action + " from=" + current.status()
                    + " to=" + to + " revision=" + current.revision());
            if (action == WorkflowAction.APPROVE) {
                // The reference's number last, once the audit entry holds the chain's head: approvals take turns on
                // the head there anyway, so no approval waits for the office's turn while its holder waits for the
                // head (the benchmark's saturation: seconds). Read back after the commit (decision 0056).
                database.atCommit(() -> numbering.assign(current, now));
            }
            if (action == WorkflowAction.APPROVE || action == WorkflowAction.PUBLISH) {
                anchoring.anchorIfUnlocked(current.content().officeId());
            }
            return communiques.get(id);
        });
    }

    private void recordApproval(UserAccount actor, Communique current, WorkflowRules.Facts facts, Instant now) {
        Revision revision = communiques.revision(current.currentRevisionId()).orElseThrow();
        boolean waived = WorkflowRules.usesWaiver(WorkflowAction.APPROVE, facts);
        workflow.insertApproval(current.id(), revision.id(), revision.contentSha256(), actor.id(), now, waived);
        if (waived) {
            audit.recordAtCommit(actor, AuditKind.FOUR_EYES_WAIVED, current.id(), "revision=" + revision.number());
        }
    }

    /** Publishing before the approved text's embargo ends is refused, naming the end in the office's time. */
    private void refuseUnderEmbargo(Communique current, Instant now) {
        Revision approved = communiques.revision(current.approvedRevisionId()).orElseThrow();
        if (approved.content().embargoedAt(now)) {
            Office office = officeRows.findById(approved.content().officeId()).orElseThrow();
            throw new RuleViolationException("workflow.embargo",
                    approved.content().embargoAt().atZone(office.timeZone()), office.timeCity());
        }
    }

    /**
     * A published text is a signed one: publishing is refused while the office of the approved text has no signing
     * certificate, so that nothing published ever fails to export (decision 0015).
     */
    private void refuseWithoutCertificate(Communique current) {
        Revision approved = communiques.revision(current.approvedRevisionId()).orElseThrow();
        long officeId = approved.content().officeId();
        if (certificates.active(officeId).isEmpty()) {
            Office office = officeRows.findById(officeId).orElseThrow();
            throw new RuleViolationException("workflow.publishNeedsCertificate", office.code());
        }
    }

    /** What this user may do now with this communiqué, for greying buttons (the service still checks). */
    public Set<WorkflowAction> allowedActions(UserAccount actor, Communique communique) {
        WorkflowRules.Facts facts = facts(actor, communique);
        Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : WorkflowAction.values()) {
            if (WorkflowRules.refusal(action, facts).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Why this user may not make this move now: the refusal the move itself would meet, so that a window can grey
     * the button and say why without a rule of its own. Empty when the move is allowed.
     */
    public Optional<RuleViolationException> refusal(UserAccount actor, Communique communique,
            WorkflowAction action) {
        return WorkflowRules.explainedRefusal(action, facts(actor, communique));
    }

    private WorkflowRules.Facts facts(UserAccount actor, Communique communique) {
        boolean revisionAuthor = communique.currentRevisionId() != null && communiques
                .revision(communique.currentRevisionId()).map(r -> r.authorId() == actor.id()).orElse(false);
        return new WorkflowRules.Facts(communique.status(), actor.role(),
                communique.created().userId() == actor.id(), revisionAuthor, fourEyesWaived());
    }

    public List<ReviewComment> comments(long id) {
        return workflow.comments(id);
    }

    public List<StatusChange> statusChanges(long id) {
        return workflow.statusChanges(id);
    }

    public List<Approval> approvals(long id) {
        return workflow.approvals(id);
    }

    /** The approval behind the revision that exports, if the communiqué was ever approved. */
    public Optional<Approval> currentApproval(Communique communique) {
        return communique.approvedRevisionId() == null ? Optional.empty()
                : workflow.approvalOf(communique.approvedRevisionId());
    }

    /** The communiqués waiting for review, longest waiting first. */
    public List<CommuniqueSummary> queue() {
        return communiqueRows.inStatus(Status.IN_REVIEW);
    }

    public int queueCount() {
        return workflow.inReviewCount();
    }

    public boolean fourEyesWaived() {
        return settings.get(FOUR_EYES_WAIVED).map(Boolean::parseBoolean).orElse(false);
    }

    /** A one-person field office may waive the four-eyes rule; only an administrator sets it. */
    public void setFourEyesWaived(UserAccount actor, boolean waived) {
        if (actor == null || !actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
        database.inTransaction(() -> {
            settings.put(FOUR_EYES_WAIVED, Boolean.toString(waived));
            audit.record(actor, AuditKind.SETTING_CHANGED, null, FOUR_EYES_WAIVED + "=" + waived);
        });
    }

    private static String required(String comment) {
        String text = optional(comment);
        if (text == null) {
            throw new PressDeskException("workflow.commentRequired");
        }
        return text;
    }

    private static String optional(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String text = comment.strip();
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw new PressDeskException("workflow.commentTooLong", MAX_COMMENT_LENGTH);
        }
        return text;
    }

    private static void requireActive(UserAccount actor) {
        if (actor == null || !actor.active()) {
            throw new PermissionDeniedException("permission.signInRequired");
        }
    }
}
